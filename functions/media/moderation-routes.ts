import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import { decodeCursor, encodeCursor, PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { deleteReportedMedia, hideMedia, moderationQueue, restoreMedia } from './moderate-media.ts';
import { HideRequestSchema, MediaIdParamSchema, OwnMediaSchema } from './schema.ts';

const staff = { security: SESSION_SECURITY, middleware: requireRole('staff', 'admin'), tags: ['Moderation'] };
const decided = {
  200: { content: { 'application/json': { schema: OwnMediaSchema } }, description: 'The medium after the decision' },
  ...SIGNED_IN_ERRORS,
  404: problem('No such published medium'),
  409: problem('Changed meanwhile'),
};

const QueueItemSchema = z
  .object({
    kind: z.literal('media'),
    media: OwnMediaSchema,
    flags: z.array(z.object({ reason: z.string(), createdAt: z.string() })),
    uploader: z.object({
      id: z.string(),
      attributionName: z.string(),
      mediaCount: z.number(),
      hiddenCount: z.number(),
      rejectedCount: z.number(),
    }),
  })
  .openapi('ModerationItem');

const queue = createRoute({
  ...staff,
  method: 'get',
  path: '/queue',
  summary: 'Reported items, oldest report first, with reasons and the uploader’s history',
  request: { query: PageQuerySchema },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({ items: z.array(QueueItemSchema), nextCursor: z.string().nullable() }),
        },
      },
      description: 'The queue',
    },
    ...SIGNED_IN_ERRORS,
  },
});

const restore = createRoute({
  ...staff,
  method: 'post',
  path: '/media/{id}/restore',
  summary: 'Reports unfounded: publish again and clear the flags',
  request: { params: MediaIdParamSchema },
  responses: decided,
});

const hide = createRoute({
  ...staff,
  method: 'post',
  path: '/media/{id}/hide',
  summary: 'Hide with a reason the uploader will read',
  request: { params: MediaIdParamSchema, body: JSON_BODY(HideRequestSchema) },
  responses: decided,
});

const remove = createRoute({
  ...staff,
  method: 'delete',
  path: '/media/{id}',
  summary: 'Delete a reported medium for good',
  request: { params: MediaIdParamSchema },
  responses: { 204: { description: 'Deleted' }, ...SIGNED_IN_ERRORS, 404: problem('No such published medium') },
});

export const moderationRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(queue, async (c) => {
      const { cursor, limit } = c.req.valid('query');
      const page = await moderationQueue(deps, { limit, startKey: decodeCursor(cursor) });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json({ items: page.items, nextCursor: encodeCursor(page.lastKey) }, 200);
    })
    .openapi(restore, async (c) => c.json(await restoreMedia(deps, { mediaId: c.req.valid('param').id }), 200))
    .openapi(hide, async (c) =>
      c.json(await hideMedia(deps, { mediaId: c.req.valid('param').id, reason: c.req.valid('json').reason }), 200),
    )
    .openapi(remove, async (c) => {
      await deleteReportedMedia(deps, { mediaId: c.req.valid('param').id });
      return c.body(null, 204);
    });
