import { z } from '@hono/zod-openapi';
import { pageOf } from '../platform/cursor.ts';

export const PROJECT_STATUSES = ['idea', 'active', 'completed', 'archived'] as const;

/** A project as residents see it in lists. */
export const ProjectSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    neighbourhood: z.string().optional(),
    status: z.enum(PROJECT_STATUSES),
    tags: z.array(z.string()),
  })
  .openapi('ProjectSummary');

export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const ProjectPageSchema = pageOf(ProjectSummarySchema).openapi('ProjectPage');
