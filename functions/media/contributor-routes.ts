import { z } from '@hono/zod-openapi';
import { answerRead, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { ContributorSchema, readContributor } from './read-contributor.ts';

const read = routeDeclarations(['Media']).open('get', '/{id}', {
  summary: "A contributor's public page: their published media with attributions (only if they made it public)",
  request: { params: z.object({ id: z.uuid() }), query: PageQuerySchema },
  responses: {
    200: JSON_RESPONSE(ContributorSchema, 'The contributor'),
    400: problem('Invalid id'),
    404: problem('No such public contributor'),
  },
});

export const contributorRoutes = (deps: AppDeps) =>
  createRouter().openapi(read, async (c) =>
    answerRead(c, await readContributor(deps, { ...c.req.valid('param'), ...c.req.valid('query') }), PUBLIC_LIST_CACHE),
  );
