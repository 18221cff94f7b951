import { hc } from 'hono/client';
// Type-only: the browser bundle gets the client (a few hundred bytes), never the server code.
import type { ApiType } from '../../../functions/api/app.ts';

/**
 * The one way the site calls the API: a client typed from the API's own routes, so request and
 * response types are never copied by hand. Same origin (`/api/*`), in AWS as locally.
 */
export const api = hc<ApiType>('/');
