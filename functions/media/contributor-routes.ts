import { createRoute, z } from '@hono/zod-openapi';
import { getUser } from '../accounts/public.ts';
import { PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { createRouter, problem } from '../platform/router.ts';
import { toPublicMedia } from './media-views.ts';
import { PublicMediaSchema } from './schema.ts';
import { listPublishedMediaOfContributor } from './store.ts';

const ContributorSchema = z
  .object({
    id: z.string(),
    attributionName: z.string(),
    bio: z.string().optional(),
    neighbourhood: z.string().optional(),
    media: z.array(PublicMediaSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('Contributor');

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
  createRouter().openapi(read, async (c) => {
    const { id } = c.req.valid('param');
    const { cursor, limit } = c.req.valid('query');
    const user = await getUser(deps, id);
    if (!user?.publicProfile || user.status !== 'active') {
      throw new AppError('not-found', 'This contributor has no public page.');
    }
    const page = await listPublishedMediaOfContributor(deps, id, { limit, startKey: decodeCursor(cursor) });
    c.header('cache-control', PUBLIC_LIST_CACHE);
    return c.json(
      {
        id: user.id,
        attributionName: user.attributionName,
        bio: user.bio,
        neighbourhood: user.neighbourhood,
        media: page.items.map(toPublicMedia),
        nextCursor: encodeCursor(page.lastKey),
      },
      200,
    );
  });
