import type { InferResponseType } from 'hono/client';
import type { api } from './api.ts';

/** The list items as the API returns them, inferred from its routes (never copied by hand). */
export type ProjectSummary = InferResponseType<typeof api.api.projects.$get, 200>['items'][number];
export type TrailSummary = InferResponseType<typeof api.api.trails.$get, 200>['items'][number];
export type ProjectStatus = ProjectSummary['status'];

/** The signed-in person's account, as `GET /api/me` returns it (every island may need to know). */
export type Profile = InferResponseType<typeof api.api.me.$get, 200>;
