import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { deleteReportedMedia, hideMedia, restoreMedia } from './moderate-media.ts';
import { HideRequestSchema, MediaIdParamSchema, OwnMediaSchema } from './schema.ts';

const staff = { security: SESSION_SECURITY, middleware: requireRole('staff', 'admin'), tags: ['Moderation'] };
const decided = {
  200: { content: { 'application/json': { schema: OwnMediaSchema } }, description: 'The medium after the decision' },
  ...SIGNED_IN_ERRORS,
  404: problem('No such published medium'),
  409: problem('Changed meanwhile'),
};

const restore = createRoute({
  ...staff,
  method: 'post',
  path: '/{id}/restore',
  summary: 'Reports unfounded: publish again and clear the flags',
  request: { params: MediaIdParamSchema },
  responses: decided,
});

const hide = createRoute({
  ...staff,
  method: 'post',
  path: '/{id}/hide',
  summary: 'Hide with a reason the uploader will read',
  request: { params: MediaIdParamSchema, body: JSON_BODY(HideRequestSchema) },
  responses: decided,
});

const remove = createRoute({
  ...staff,
  method: 'delete',
  path: '/{id}',
  summary: 'Delete a reported medium for good',
  request: { params: MediaIdParamSchema },
  responses: { 204: { description: 'Deleted' }, ...SIGNED_IN_ERRORS, 404: problem('No such published medium') },
});

export const mediaModerationRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(restore, async (c) => c.json(await restoreMedia(deps, { mediaId: c.req.valid('param').id }), 200))
    .openapi(hide, async (c) =>
      c.json(await hideMedia(deps, { mediaId: c.req.valid('param').id, reason: c.req.valid('json').reason }), 200),
    )
    .openapi(remove, async (c) => {
      await deleteReportedMedia(deps, { mediaId: c.req.valid('param').id });
      return c.body(null, 204);
    });
