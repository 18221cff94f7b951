import { z } from '@hono/zod-openapi';
import { pageOf } from '../platform/cursor.ts';

/** A published trail as residents see it in lists. */
export const TrailSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    area: z.string().optional(),
    languages: z.array(z.string()),
    stopCount: z.number().int().nonnegative(),
  })
  .openapi('TrailSummary');

export type TrailSummary = z.infer<typeof TrailSummarySchema>;

export const TrailPageSchema = pageOf(TrailSummarySchema).openapi('TrailPage');
