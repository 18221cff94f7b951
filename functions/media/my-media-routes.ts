import { createRoute, z } from '@hono/zod-openapi';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { toOwnMedia } from './media-views.ts';
import { ownedMedia } from './owned-media.ts';
import { MediaIdParamSchema, OwnMediaSchema } from './schema.ts';
import { getUsage, listMediaOfOwner } from './store.ts';

const mine = { security: SESSION_SECURITY, middleware: requireSignedIn, tags: ['Media'] };

const list = createRoute({
  ...mine,
  method: 'get',
  path: '/',
  summary:
    'My media in every state (pending, processing, ready, rejected, hidden, expired), newest first, with my storage use',
  request: { query: PageQuerySchema },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: pageOf(OwnMediaSchema).extend({
            usage: z.object({ bytes: z.number(), quotaBytes: z.number(), pending: z.number(), maxPending: z.number() }),
          }),
        },
      },
      description: 'A page of my media',
    },
    ...SIGNED_IN_ERRORS,
  },
});

const one = createRoute({
  ...mine,
  method: 'get',
  path: '/{id}',
  summary: 'One of my media, in whatever state (to follow its processing)',
  request: { params: MediaIdParamSchema },
  responses: {
    200: { content: { 'application/json': { schema: OwnMediaSchema } }, description: 'The medium' },
    ...SIGNED_IN_ERRORS,
    404: problem('No such medium'),
  },
});

export const myMediaRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { cursor, limit } = c.req.valid('query');
      const [page, usage] = await Promise.all([
        listMediaOfOwner(deps, viewer.id, { limit, startKey: decodeCursor(cursor) }),
        getUsage(deps, viewer.id),
      ]);
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(
        {
          items: page.items.map(toOwnMedia),
          nextCursor: encodeCursor(page.lastKey),
          usage: { ...usage, quotaBytes: deps.config.mediaQuotaBytes, maxPending: deps.config.maxPendingUploads },
        },
        200,
      );
    })
    .openapi(one, async (c) => {
      const record = await ownedMedia(deps, viewerOrThrow(c.var.viewer), c.req.valid('param').id);
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(toOwnMedia(record), 200);
    });
