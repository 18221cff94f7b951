import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead } from '../platform/cache.ts';
import { PageQuerySchema } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { listMyMedia, MyMediaPageSchema, readMyMedia } from './read-my-media.ts';
import { MediaIdParamSchema, OwnMediaSchema } from './schema.ts';

const mine = routeDeclarations(['Media']);

const list = mine.signedIn('get', '/', {
  summary:
    'My media in every state (pending, processing, ready, rejected, hidden, expired), newest first, with my storage use',
  request: { query: PageQuerySchema },
  responses: { 200: JSON_RESPONSE(MyMediaPageSchema, 'A page of my media') },
});

const one = mine.signedIn('get', '/{id}', {
  summary: 'One of my media, in whatever state (to follow its processing)',
  request: { params: MediaIdParamSchema },
  responses: { 200: JSON_RESPONSE(OwnMediaSchema, 'The medium'), 404: problem('No such medium') },
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
