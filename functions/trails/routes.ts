import { reportRoute } from '../moderation/public.ts';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead, PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { createTrail } from './create-trail.ts';
import { deleteTrail } from './delete-trail.ts';
import { forkTrail } from './fork-trail.ts';
import { listMyTrails, listTrails } from './list-trails.ts';
import { publishTrail, unpublishTrail } from './publish-trail.ts';
import { readTrail } from './read-trail.ts';
import { readTrailEditor } from './read-trail-editor.ts';
import { reportableTrails } from './reportable.ts';
import { changeThenEditor, editorResponse, notFound, tags, trailRoute } from './route-common.ts';
import {
  CreateTrailSchema,
  ForkRequestSchema,
  TrailDetailSchema,
  TrailIdParamSchema,
  TrailListSchema,
  TrailQuerySchema,
  TrailUpdateSchema,
} from './schema.ts';
import { trailStopRoutes } from './stop-routes.ts';
import { updateTrail } from './update-trail.ts';

const list = trailRoute.open('get', '/', {
  summary: 'Published trails, newest first; filter by area, language, featured (one read)',
  request: { query: TrailQuerySchema },
  responses: { 200: JSON_RESPONSE(TrailListSchema, 'The trails'), 400: problem('Invalid query') },
});

const create = trailRoute.signedIn('post', '/', {
  summary: 'Start a trail in a project you steward (a draft)',
  request: { body: JSON_BODY(CreateTrailSchema) },
  responses: { 201: editorResponse[200], 404: problem('No such project'), 409: problem('Title taken') },
});

const detail = trailRoute.open('get', '/{id}', {
  summary: 'A trail with its stops, media, route and credits (one read; drafts for members only)',
  request: { params: TrailIdParamSchema },
  responses: { 200: JSON_RESPONSE(TrailDetailSchema, 'The trail'), 400: problem('Invalid id'), ...notFound },
});

const editor = trailRoute.signedIn('get', '/{id}/editor', {
  summary: 'The trail for its editor: your rights, the publication checklist, proposals (stewards)',
  request: { params: TrailIdParamSchema },
  responses: { ...editorResponse, ...notFound },
});

const update = trailRoute.signedIn('patch', '/{id}', {
  summary: 'Edit the trail, its drawn route or its licence policy (stewards; featured: admins)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(TrailUpdateSchema) },
  responses: { ...editorResponse, ...notFound, 409: problem('The policy leaves out media on the trail') },
});

const remove = trailRoute.signedIn('delete', '/{id}', {
  summary: 'Delete the trail (stewards; the media stay their contributors’)',
  request: { params: TrailIdParamSchema },
  responses: { 204: { description: 'Deleted' }, ...notFound },
});

const publish = trailRoute.signedIn('post', '/{id}/publish', {
  summary: 'Publish (stewards): every stop needs a ready medium, audio a transcript, video captions',
  request: { params: TrailIdParamSchema },
  responses: { ...editorResponse, ...notFound, 409: problem('`missing` lists what the rule still asks') },
});

const unpublish = trailRoute.signedIn('post', '/{id}/unpublish', {
  summary: 'Back to draft (stewards)',
  request: { params: TrailIdParamSchema },
  responses: { ...editorResponse, ...notFound, 409: problem('Changed meanwhile') },
});

const fork = trailRoute.signedIn('post', '/{id}/forks', {
  summary: 'Fork a published trail into a project you steward (stops and media references copied)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(ForkRequestSchema) },
  responses: {
    201: editorResponse[200],
    ...notFound,
    409: problem('The licence policy does not respect share-alike media (`problems`)'),
  },
});

export const trailRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => answerRead(c, await listTrails(deps, c.req.valid('query')), PUBLIC_LIST_CACHE))
    .openapi(create, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const trail = await createTrail(deps, { viewer, input: c.req.valid('json') });
      return c.json(await readTrailEditor(deps, { viewer, trailId: trail.id }), 201);
    })
    .openapi(detail, async (c) =>
      answerRead(
        c,
        await readTrail(deps, { trailId: c.req.valid('param').id, viewer: c.var.viewer }),
        PUBLIC_DETAIL_CACHE,
      ),
    )
    .openapi(editor, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(
        await readTrailEditor(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: c.req.valid('param').id }),
        200,
      );
    })
    .openapi(update, async (c) => {
      const changes = c.req.valid('json');
      const edited = await changeThenEditor(deps, c.var.viewer, c.req.valid('param').id, (on) =>
        updateTrail(deps, { ...on, changes }),
      );
      return c.json(edited, 200);
    })
    .openapi(remove, async (c) => {
      await deleteTrail(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: c.req.valid('param').id });
      return c.body(null, 204);
    })
    .openapi(publish, async (c) =>
      c.json(await changeThenEditor(deps, c.var.viewer, c.req.valid('param').id, (on) => publishTrail(deps, on)), 200),
    )
    .openapi(unpublish, async (c) =>
      c.json(
        await changeThenEditor(deps, c.var.viewer, c.req.valid('param').id, (on) => unpublishTrail(deps, on)),
        200,
      ),
    )
    .route(
      '/',
      reportRoute(deps, reportableTrails, {
        param: 'id',
        params: TrailIdParamSchema,
        tags,
        summary: 'Report a trail to the city (anyone; once each; rate-limited)',
        notFound: 'No such public trail',
      }),
    )
    .openapi(fork, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const trail = await forkTrail(deps, { viewer, trailId: c.req.valid('param').id, request: c.req.valid('json') });
      return c.json(await readTrailEditor(deps, { viewer, trailId: trail.id }), 201);
    })
    .route('/', trailStopRoutes(deps));

const mine = trailRoute.signedInRead('/', {
  summary: 'Every trail of the projects you are a member of, drafts included',
  responses: { 200: JSON_RESPONSE(TrailListSchema, 'Your projects’ trails') },
});

export const myTrailRoutes = (deps: AppDeps) =>
  createRouter().openapi(mine, async (c) =>
    answerRead(c, await listMyTrails(deps, viewerOrThrow(c.var.viewer)), PUBLIC_LIST_CACHE),
  );
