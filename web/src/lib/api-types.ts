import type { InferResponseType } from 'hono/client';
import type { api } from './api.ts';

/** The list items as the API returns them, inferred from its routes (never copied by hand). */
export type ProjectSummary = InferResponseType<typeof api.api.projects.$get, 200>['items'][number];
export type TrailSummary = InferResponseType<typeof api.api.trails.$get, 200>['items'][number];
export type ProjectStatus = ProjectSummary['status'];
