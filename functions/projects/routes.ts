import { createRoute } from '@hono/zod-openapi';
import { PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { createRouter, problem } from '../platform/router.ts';
import { ProjectPageSchema } from './schema.ts';
import { listPublicProjects } from './store.ts';

const listProjects = createRoute({
  method: 'get',
  path: '/',
  tags: ['Projects'],
  summary: 'Public projects, most recently updated first (cursor-paginated)',
  request: { query: PageQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: ProjectPageSchema } }, description: 'A page of projects' },
    400: problem('Invalid query'),
  },
});

export const projectRoutes = (deps: AppDeps) =>
  createRouter().openapi(listProjects, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const page = await listPublicProjects(deps, { limit, startKey: decodeCursor(cursor) });
    c.header('cache-control', PUBLIC_LIST_CACHE);
    return c.json({ items: page.items, nextCursor: encodeCursor(page.lastKey) }, 200);
  });
