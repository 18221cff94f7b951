import { createRoute } from '@hono/zod-openapi';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { answerRead } from '../platform/cache.ts';
import { PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { listMyMedia, MyMediaPageSchema, readMyMedia } from './read-my-media.ts';
import { MediaIdParamSchema, OwnMediaSchema } from './schema.ts';

const mine = { security: SESSION_SECURITY, middleware: requireSignedIn, tags: ['Media'] };

const list = createRoute({
  ...mine,
  method: 'get',
  path: '/',
  summary:
    'My media in every state (pending, processing, ready, rejected, hidden, expired), newest first, with my storage use',
  request: { query: PageQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: MyMediaPageSchema } }, description: 'A page of my media' },
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
    .openapi(list, async (c) =>
      answerRead(c, await listMyMedia(deps, { viewer: viewerOrThrow(c.var.viewer), ...c.req.valid('query') })),
    )
    .openapi(one, async (c) =>
      answerRead(
        c,
        await readMyMedia(deps, {
          viewer: viewerOrThrow(c.var.viewer),
          mediaId: c.req.valid('param').id,
        }),
      ),
    );
