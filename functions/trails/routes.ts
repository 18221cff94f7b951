import { createRoute } from '@hono/zod-openapi';
import { PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { createRouter, problem } from '../platform/router.ts';
import { TrailPageSchema } from './schema.ts';
import { listPublishedTrails } from './store.ts';

const listTrails = createRoute({
  method: 'get',
  path: '/',
  tags: ['Trails'],
  summary: 'Published trails, newest first (cursor-paginated)',
  request: { query: PageQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: TrailPageSchema } }, description: 'A page of trails' },
    400: problem('Invalid query'),
  },
});

export const trailRoutes = (deps: AppDeps) =>
  createRouter().openapi(listTrails, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const page = await listPublishedTrails(deps, { limit, startKey: decodeCursor(cursor) });
    c.header('cache-control', PUBLIC_LIST_CACHE);
    return c.json({ items: page.items, nextCursor: encodeCursor(page.lastKey) }, 200);
  });
