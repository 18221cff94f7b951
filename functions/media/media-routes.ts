import { z } from '@hono/zod-openapi';
import { reportRoute } from '../moderation/public.ts';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead, PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { CAPTIONS_MAX_BYTES, deleteMyMedia, editMedia, removeCaptions, setCaptions } from './edit-media.ts';
import { toOwnMedia } from './media-views.ts';
import { MadeWithParamSchema, MediaMadeWithSchema, readMediaMadeWith } from './read-made-with.ts';
import { readMedia } from './read-media.ts';
import { reportableMedia } from './reportable.ts';
import {
  LanguageTagSchema,
  MediaIdParamSchema,
  MediaUpdateSchema,
  OwnMediaSchema,
  PublicMediaSchema,
} from './schema.ts';

/** WebVTT files for short pieces stay small; the API's body limit applies. */
const CaptionsParamSchema = MediaIdParamSchema.extend({ language: LanguageTagSchema });
const MEDIA_TAGS = ['Media'];
const mediaRoute = routeDeclarations(MEDIA_TAGS);
const ownResponse = {
  200: JSON_RESPONSE(OwnMediaSchema, 'The medium as its uploader sees it'),
  404: problem('No such medium'),
  409: problem('Not possible in its current state (e.g. a less open licence)'),
};

const read = mediaRoute.open('get', '/{id}', {
  summary: 'A published medium with its attribution, transcript and captions (one read, cacheable)',
  request: { params: MediaIdParamSchema },
  responses: {
    200: JSON_RESPONSE(PublicMediaSchema, 'The medium'),
    400: problem('Invalid id'),
    404: problem('No such published medium'),
  },
});

const madeWith = mediaRoute.open('get', '/recorded-with/{modelId}', {
  summary: "Published media recorded with a model of the city's equipment, newest first (one read, cacheable)",
  request: { params: MadeWithParamSchema },
  responses: {
    200: JSON_RESPONSE(MediaMadeWithSchema, 'The count and the media'),
    400: problem('Invalid model id'),
  },
});

const update = mediaRoute.signedIn('patch', '/{id}', {
  summary: 'Edit title, description, transcript, attribution, place, or open the licence further',
  request: { params: MediaIdParamSchema, body: JSON_BODY(MediaUpdateSchema) },
  responses: ownResponse,
});

const remove = mediaRoute.signedIn('delete', '/{id}', {
  summary: 'Delete my medium for good',
  request: { params: MediaIdParamSchema },
  responses: { 204: { description: 'Deleted' }, 404: problem('No such medium') },
});

const putCaptions = mediaRoute.signedIn('put', '/{id}/captions/{language}', {
  summary: `Attach WebVTT captions in one language to my video (body: the .vtt text, at most ${CAPTIONS_MAX_BYTES} bytes)`,
  request: {
    params: CaptionsParamSchema,
    body: { required: true, content: { 'text/vtt': { schema: z.string() } } },
  },
  responses: {
    ...ownResponse,
    413: problem(`Captions over ${CAPTIONS_MAX_BYTES} bytes`),
    415: problem('Send the captions as text/vtt'),
  },
});

const deleteCaptions = mediaRoute.signedIn('delete', '/{id}/captions/{language}', {
  summary: 'Remove captions in one language',
  request: { params: CaptionsParamSchema },
  responses: ownResponse,
});

export const mediaRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(madeWith, async (c) =>
      answerRead(c, await readMediaMadeWith(deps, c.req.valid('param').modelId), PUBLIC_LIST_CACHE),
    )
    .openapi(read, async (c) => answerRead(c, await readMedia(deps, c.req.valid('param').id), PUBLIC_DETAIL_CACHE))
    .openapi(update, async (c) => {
      const record = await editMedia(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        mediaId: c.req.valid('param').id,
        changes: c.req.valid('json'),
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(toOwnMedia(record), 200);
    })
    .openapi(remove, async (c) => {
      await deleteMyMedia(deps, { viewer: viewerOrThrow(c.var.viewer), mediaId: c.req.valid('param').id });
      return c.body(null, 204);
    })
    .openapi(putCaptions, async (c) => {
      if (!c.req.header('content-type')?.startsWith('text/vtt')) {
        throw new AppError('unsupported-media-type', 'Send the captions as text/vtt.');
      }
      const { id, language } = c.req.valid('param');
      const record = await setCaptions(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        mediaId: id,
        language,
        text: await c.req.text(),
      });
      return c.json(toOwnMedia(record), 200);
    })
    .openapi(deleteCaptions, async (c) => {
      const { id, language } = c.req.valid('param');
      return c.json(
        toOwnMedia(await removeCaptions(deps, { viewer: viewerOrThrow(c.var.viewer), mediaId: id, language })),
        200,
      );
    })
    .route(
      '/',
      reportRoute(deps, reportableMedia, {
        param: 'id',
        params: MediaIdParamSchema,
        tags: MEDIA_TAGS,
        summary: 'Report a published medium (anyone; once each; rate-limited)',
        notFound: 'No such published medium',
      }),
    );
