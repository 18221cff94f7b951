import { createRoute, z } from '@hono/zod-openapi';
import { FlagRequestSchema } from '../media/public.ts';
import { reportResponses } from '../moderation/reporter.ts';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { clientIp } from '../platform/client-ip.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { listOfPerson } from '../projects/public.ts';
import { contributeStop } from './contribute-stop.ts';
import { contributeStopMedia } from './contribute-stop-media.ts';
import { createTrail } from './create-trail.ts';
import { deleteTrail } from './delete-trail.ts';
import { removeStop, removeStopMedia, reorderStops, updateStop } from './edit-stops.ts';
import { forkTrail } from './fork-trail.ts';
import { flagTrail } from './moderate-trail.ts';
import { publishTrail, unpublishTrail } from './publish-trail.ts';
import { readTrailEditor } from './read-trail-editor.ts';
import { approveProposal, rejectProposal } from './review-proposal.ts';
import {
  ContributionResultSchema,
  CreateTrailSchema,
  ForkRequestSchema,
  StopInputSchema,
  StopMediaInputSchema,
  StopOrderSchema,
  StopParamSchema,
  StopUpdateSchema,
  TrailDetailSchema,
  TrailEditorSchema,
  TrailIdParamSchema,
  TrailIdSchema,
  TrailListSchema,
  TrailQuerySchema,
  TrailUpdateSchema,
} from './schema.ts';
import { getTrailPage, isPublic, listPublishedTrails, listTrailsOfProject } from './store.ts';
import { visibleTrail } from './trail-access.ts';
import { toTrailDetail, toTrailSummary } from './trail-views.ts';
import { updateTrail } from './update-trail.ts';

const tags = ['Trails'];
const signedIn = { security: SESSION_SECURITY, middleware: requireSignedIn, tags };
const notFound = { 404: problem('No such trail (or not visible to you)') };
const editorResponse = {
  200: {
    content: { 'application/json': { schema: TrailEditorSchema } },
    description: 'The trail, as its editor shows it',
  },
};
const contributed = {
  201: {
    content: { 'application/json': { schema: ContributionResultSchema } },
    description: 'Published at once, or waiting for review',
  },
};
const ProposalParamSchema = z.object({ id: TrailIdSchema, proposalId: z.uuid() });
const StopMediaParamSchema = StopParamSchema.extend({ mediaId: z.uuid() });

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Published trails, newest first; filter by area, language, featured (one read)',
  request: { query: TrailQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: TrailListSchema } }, description: 'The trails' },
    400: problem('Invalid query'),
  },
});

const create = createRoute({
  ...signedIn,
  method: 'post',
  path: '/',
  summary: 'Start a trail in a project you steward (a draft)',
  request: { body: JSON_BODY(CreateTrailSchema) },
  responses: {
    201: editorResponse[200],
    ...SIGNED_IN_ERRORS,
    404: problem('No such project'),
    409: problem('Title taken'),
  },
});

const detail = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'A trail with its stops, media, route and credits (one read; drafts for members only)',
  request: { params: TrailIdParamSchema },
  responses: {
    200: { content: { 'application/json': { schema: TrailDetailSchema } }, description: 'The trail' },
    400: problem('Invalid id'),
    ...notFound,
  },
});

const editor = createRoute({
  ...signedIn,
  method: 'get',
  path: '/{id}/editor',
  summary: 'The trail for its editor: your rights, the publication checklist, proposals (stewards)',
  request: { params: TrailIdParamSchema },
  responses: { ...editorResponse, ...SIGNED_IN_ERRORS, ...notFound },
});

const update = createRoute({
  ...signedIn,
  method: 'patch',
  path: '/{id}',
  summary: 'Edit the trail, its drawn route or its licence policy (stewards; featured: admins)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(TrailUpdateSchema) },
  responses: {
    ...editorResponse,
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('The policy leaves out media on the trail'),
  },
});

const remove = createRoute({
  ...signedIn,
  method: 'delete',
  path: '/{id}',
  summary: 'Delete the trail (stewards; the media stay their contributors’)',
  request: { params: TrailIdParamSchema },
  responses: { 204: { description: 'Deleted' }, ...SIGNED_IN_ERRORS, ...notFound },
});

const publish = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/publish',
  summary: 'Publish (stewards): every stop needs a ready medium, audio a transcript, video captions',
  request: { params: TrailIdParamSchema },
  responses: {
    ...editorResponse,
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('`missing` lists what the rule still asks'),
  },
});

const unpublish = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/unpublish',
  summary: 'Back to draft (stewards)',
  request: { params: TrailIdParamSchema },
  responses: { ...editorResponse, ...SIGNED_IN_ERRORS, ...notFound, 409: problem('Changed meanwhile') },
});

const addStop = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/stops',
  summary: 'Add a stop (stewards), or propose one (contributors, per the trail’s moderation mode)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(StopInputSchema) },
  responses: {
    ...contributed,
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('A medium is not published, or its licence is outside the policy (`allowedLicences`)'),
  },
});

const editStop = createRoute({
  ...signedIn,
  method: 'patch',
  path: '/{id}/stops/{stopId}',
  summary: 'Edit a stop (stewards)',
  request: { params: StopParamSchema, body: JSON_BODY(StopUpdateSchema) },
  responses: { ...editorResponse, ...SIGNED_IN_ERRORS, ...notFound },
});

const removeStopRoute = createRoute({
  ...signedIn,
  method: 'delete',
  path: '/{id}/stops/{stopId}',
  summary: 'Remove a stop (stewards)',
  request: { params: StopParamSchema },
  responses: { 204: { description: 'Removed' }, ...SIGNED_IN_ERRORS, ...notFound, 409: problem('Kept changing') },
});

const reorder = createRoute({
  ...signedIn,
  method: 'put',
  path: '/{id}/stop-order',
  summary: 'Put the stops in a new order (stewards; every stop once, at the version you read)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(StopOrderSchema) },
  responses: { ...editorResponse, ...SIGNED_IN_ERRORS, ...notFound, 409: problem('Reordered meanwhile: reload') },
});

const addStopMedia = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/stops/{stopId}/media',
  summary: 'Add one of your media to a stop (stewards), or propose it (contributors)',
  request: { params: StopParamSchema, body: JSON_BODY(StopMediaInputSchema) },
  responses: {
    ...contributed,
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('Already there, not published, or outside the licence policy'),
  },
});

const removeStopMediaRoute = createRoute({
  ...signedIn,
  method: 'delete',
  path: '/{id}/stops/{stopId}/media/{mediaId}',
  summary: 'Take a medium off a stop (stewards)',
  request: { params: StopMediaParamSchema },
  responses: { 204: { description: 'Removed' }, ...SIGNED_IN_ERRORS, ...notFound },
});

const approve = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/proposals/{proposalId}/approve',
  summary: 'Accept a contribution (stewards)',
  request: { params: ProposalParamSchema },
  responses: { ...editorResponse, ...SIGNED_IN_ERRORS, ...notFound, 409: problem('No longer possible') },
});

const reject = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/proposals/{proposalId}/reject',
  summary: 'Decline a contribution (stewards)',
  request: { params: ProposalParamSchema },
  responses: { 204: { description: 'Declined' }, ...SIGNED_IN_ERRORS, ...notFound },
});

const flag = createRoute({
  method: 'post',
  path: '/{id}/flags',
  tags,
  summary: 'Report a trail to the city (anyone; once each; rate-limited)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(FlagRequestSchema) },
  responses: reportResponses('No such public trail'),
});

const fork = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{id}/forks',
  summary: 'Fork a published trail into a project you steward (stops and media references copied)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(ForkRequestSchema) },
  responses: {
    201: editorResponse[200],
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('The licence policy does not respect share-alike media (`problems`)'),
  },
});

export const trailRoutes = (deps: AppDeps) => {
  const editorView = (viewer: Parameters<typeof readTrailEditor>[1]['viewer'], trailId: string) =>
    readTrailEditor(deps, { viewer, trailId });
  return createRouter()
    .openapi(list, async (c) => {
      const { area, language, featured, project } = c.req.valid('query');
      const trails = (await listPublishedTrails(deps)).filter(
        (trail) =>
          (!area || trail.area.toLowerCase() === area.toLowerCase()) &&
          (!language || trail.languages.includes(language)) &&
          (featured === undefined || Boolean(trail.featured) === (featured === 'true')) &&
          (!project || trail.projectSlug === project),
      );
      c.header('cache-control', PUBLIC_LIST_CACHE);
      return c.json({ items: trails.map(toTrailSummary) }, 200);
    })
    .openapi(create, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const trail = await createTrail(deps, { viewer, input: c.req.valid('json') });
      return c.json(await editorView(viewer, trail.id), 201);
    })
    .openapi(detail, async (c) => {
      const { id } = c.req.valid('param');
      const page = await getTrailPage(deps, id);
      if (!page) throw new AppError('not-found', `There is no trail "${id}".`);
      if (isPublic(page.trail)) {
        c.header('cache-control', PUBLIC_DETAIL_CACHE);
      } else {
        await visibleTrail(deps, id, c.var.viewer);
        c.header('cache-control', PRIVATE_NO_STORE);
      }
      return c.json(toTrailDetail(page), 200);
    })
    .openapi(editor, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(await editorView(viewerOrThrow(c.var.viewer), c.req.valid('param').id), 200);
    })
    .openapi(update, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { id } = c.req.valid('param');
      await updateTrail(deps, { viewer, trailId: id, changes: c.req.valid('json') });
      return c.json(await editorView(viewer, id), 200);
    })
    .openapi(remove, async (c) => {
      await deleteTrail(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: c.req.valid('param').id });
      return c.body(null, 204);
    })
    .openapi(publish, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { id } = c.req.valid('param');
      await publishTrail(deps, { viewer, trailId: id });
      return c.json(await editorView(viewer, id), 200);
    })
    .openapi(unpublish, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { id } = c.req.valid('param');
      await unpublishTrail(deps, { viewer, trailId: id });
      return c.json(await editorView(viewer, id), 200);
    })
    .openapi(addStop, async (c) => {
      const result = await contributeStop(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        trailId: c.req.valid('param').id,
        input: c.req.valid('json'),
      });
      return c.json(result, 201);
    })
    .openapi(editStop, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { id, stopId } = c.req.valid('param');
      await updateStop(deps, { viewer, trailId: id, stopId, changes: c.req.valid('json') });
      return c.json(await editorView(viewer, id), 200);
    })
    .openapi(removeStopRoute, async (c) => {
      const { id, stopId } = c.req.valid('param');
      await removeStop(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: id, stopId });
      return c.body(null, 204);
    })
    .openapi(reorder, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { id } = c.req.valid('param');
      await reorderStops(deps, { viewer, trailId: id, ...c.req.valid('json') });
      return c.json(await editorView(viewer, id), 200);
    })
    .openapi(addStopMedia, async (c) => {
      const { id, stopId } = c.req.valid('param');
      const result = await contributeStopMedia(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        trailId: id,
        stopId,
        mediaId: c.req.valid('json').mediaId,
      });
      return c.json(result, 201);
    })
    .openapi(removeStopMediaRoute, async (c) => {
      const { id, stopId, mediaId } = c.req.valid('param');
      await removeStopMedia(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: id, stopId, mediaId });
      return c.body(null, 204);
    })
    .openapi(approve, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const { id, proposalId } = c.req.valid('param');
      await approveProposal(deps, { viewer, trailId: id, proposalId });
      return c.json(await editorView(viewer, id), 200);
    })
    .openapi(reject, async (c) => {
      const { id, proposalId } = c.req.valid('param');
      await rejectProposal(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: id, proposalId });
      return c.body(null, 204);
    })
    .openapi(flag, async (c) => {
      const result = await flagTrail(deps, {
        trailId: c.req.valid('param').id,
        reason: c.req.valid('json').reason,
        viewer: c.var.viewer,
        clientIp: clientIp(c),
      });
      return c.json(result, 201);
    })
    .openapi(fork, async (c) => {
      const viewer = viewerOrThrow(c.var.viewer);
      const trail = await forkTrail(deps, { viewer, trailId: c.req.valid('param').id, request: c.req.valid('json') });
      return c.json(await editorView(viewer, trail.id), 201);
    });
};

const mine = createRoute({
  ...signedIn,
  method: 'get',
  path: '/',
  summary: 'Every trail of the projects you are a member of, drafts included',
  responses: {
    200: { content: { 'application/json': { schema: TrailListSchema } }, description: 'Your projects’ trails' },
    401: problem('Not signed in'),
  },
});

export const myTrailRoutes = (deps: AppDeps) =>
  createRouter().openapi(mine, async (c) => {
    const viewer = viewerOrThrow(c.var.viewer);
    const memberships = await listOfPerson(deps, viewer.id, 'MEMBERSHIP');
    const trails = await Promise.all(memberships.map((m) => listTrailsOfProject(deps, String(m.slug))));
    c.header('cache-control', PRIVATE_NO_STORE);
    return c.json({ items: trails.flat().map(toTrailSummary) }, 200);
  });
