import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { contributeStop } from './contribute-stop.ts';
import { contributeStopMedia } from './contribute-stop-media.ts';
import { removeStop, removeStopMedia, reorderStops, updateStop } from './edit-stops.ts';
import { approveProposal, rejectProposal } from './review-proposal.ts';
import { changeThenEditor, editorResponse, notFound, trailRoute } from './route-common.ts';
import {
  ContributionResultSchema,
  StopInputSchema,
  StopMediaInputSchema,
  StopOrderSchema,
  StopParamSchema,
  StopUpdateSchema,
  TrailIdParamSchema,
  TrailIdSchema,
} from './schema.ts';

const contributed = { 201: JSON_RESPONSE(ContributionResultSchema, 'Published at once, or waiting for review') };
const ProposalParamSchema = z.object({ id: TrailIdSchema, proposalId: z.uuid() });
const StopMediaParamSchema = StopParamSchema.extend({ mediaId: z.uuid() });

const addStop = trailRoute.signedIn('post', '/{id}/stops', {
  summary: 'Add a stop (stewards), or propose one (contributors, per the trail’s moderation mode)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(StopInputSchema) },
  responses: {
    ...contributed,
    ...notFound,
    409: problem('A medium is not published, or its licence is outside the policy (`allowedLicences`)'),
  },
});

const editStop = trailRoute.signedIn('patch', '/{id}/stops/{stopId}', {
  summary: 'Edit a stop (stewards)',
  request: { params: StopParamSchema, body: JSON_BODY(StopUpdateSchema) },
  responses: { ...editorResponse, ...notFound },
});

const removeStopRoute = trailRoute.signedIn('delete', '/{id}/stops/{stopId}', {
  summary: 'Remove a stop (stewards)',
  request: { params: StopParamSchema },
  responses: { 204: { description: 'Removed' }, ...notFound, 409: problem('Kept changing') },
});

const reorder = trailRoute.signedIn('put', '/{id}/stop-order', {
  summary: 'Put the stops in a new order (stewards; every stop once, at the version you read)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(StopOrderSchema) },
  responses: { ...editorResponse, ...notFound, 409: problem('Reordered meanwhile: reload') },
});

const addStopMedia = trailRoute.signedIn('post', '/{id}/stops/{stopId}/media', {
  summary: 'Add one of your media to a stop (stewards), or propose it (contributors)',
  request: { params: StopParamSchema, body: JSON_BODY(StopMediaInputSchema) },
  responses: {
    ...contributed,
    ...notFound,
    409: problem('Already there, not published, or outside the licence policy'),
  },
});

const removeStopMediaRoute = trailRoute.signedIn('delete', '/{id}/stops/{stopId}/media/{mediaId}', {
  summary: 'Take a medium off a stop (stewards)',
  request: { params: StopMediaParamSchema },
  responses: { 204: { description: 'Removed' }, ...notFound },
});

const approve = trailRoute.signedIn('post', '/{id}/proposals/{proposalId}/approve', {
  summary: 'Accept a contribution (stewards)',
  request: { params: ProposalParamSchema },
  responses: { ...editorResponse, ...notFound, 409: problem('No longer possible') },
});

const reject = trailRoute.signedIn('post', '/{id}/proposals/{proposalId}/reject', {
  summary: 'Decline a contribution (stewards)',
  request: { params: ProposalParamSchema },
  responses: { 204: { description: 'Declined' }, ...notFound },
});

/** A trail's stops, the media at them, and the contributions waiting for review. */
export const trailStopRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(addStop, async (c) => {
      const result = await contributeStop(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        trailId: c.req.valid('param').id,
        input: c.req.valid('json'),
      });
      return c.json(result, 201);
    })
    .openapi(editStop, async (c) => {
      const { id, stopId } = c.req.valid('param');
      const changes = c.req.valid('json');
      const edited = await changeThenEditor(deps, c.var.viewer, id, (on) =>
        updateStop(deps, { ...on, stopId, changes }),
      );
      return c.json(edited, 200);
    })
    .openapi(removeStopRoute, async (c) => {
      const { id, stopId } = c.req.valid('param');
      await removeStop(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: id, stopId });
      return c.body(null, 204);
    })
    .openapi(reorder, async (c) => {
      const order = c.req.valid('json');
      const edited = await changeThenEditor(deps, c.var.viewer, c.req.valid('param').id, (on) =>
        reorderStops(deps, { ...on, ...order }),
      );
      return c.json(edited, 200);
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
      const { id, proposalId } = c.req.valid('param');
      const edited = await changeThenEditor(deps, c.var.viewer, id, (on) =>
        approveProposal(deps, { ...on, proposalId }),
      );
      return c.json(edited, 200);
    })
    .openapi(reject, async (c) => {
      const { id, proposalId } = c.req.valid('param');
      await rejectProposal(deps, { viewer: viewerOrThrow(c.var.viewer), trailId: id, proposalId });
      return c.body(null, 204);
    });
