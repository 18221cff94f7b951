/**
 * The trail shapes as the API sends them, inferred from its zod schemas (the contract), never
 * copied by hand. Type-only: nothing of the server reaches the browser bundle.
 */
import type { z } from '@hono/zod-openapi';
import type {
  CreditSchema,
  StopMediaSchema,
  StopSchema,
  TrailDetailSchema,
  TrailSummarySchema,
} from '../../../../functions/trails/schema.ts';

export type TrailSummary = z.infer<typeof TrailSummarySchema>;
export type TrailDetail = z.infer<typeof TrailDetailSchema>;
export type Stop = z.infer<typeof StopSchema>;
export type StopMedia = z.infer<typeof StopMediaSchema>;
export type Credit = z.infer<typeof CreditSchema>;
