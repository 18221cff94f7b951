import { createRoute, z } from '@hono/zod-openapi';
import { answerRead, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { createRouter, problem } from '../platform/router.ts';
import { ContributorSchema, readContributor } from './read-contributor.ts';

const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['Media'],
  summary: "A contributor's public page: their published media with attributions (only if they made it public)",
  request: { params: z.object({ id: z.uuid() }), query: PageQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: ContributorSchema } }, description: 'The contributor' },
    400: problem('Invalid id'),
    404: problem('No such public contributor'),
  },
});

export const contributorRoutes = (deps: AppDeps) =>
  createRouter().openapi(read, async (c) =>
    answerRead(c, await readContributor(deps, { ...c.req.valid('param'), ...c.req.valid('query') }), PUBLIC_LIST_CACHE),
  );
