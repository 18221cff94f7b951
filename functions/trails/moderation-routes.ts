import { createRoute, z } from '@hono/zod-openapi';
import { HideRequestSchema } from '../media/public.ts';
import { requireRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { hideTrail, restoreTrail } from './moderate-trail.ts';
import { TrailIdParamSchema } from './schema.ts';

/** Trails are collections, like projects: admins decide on them (staff on single media). */
const admin = { security: SESSION_SECURITY, middleware: requireRole('admin'), tags: ['Moderation'] };
const answer = {
  200: {
    content: {
      'application/json': {
        schema: z.object({
          id: z.string(),
          title: z.string(),
          hidden: z.object({ reason: z.string(), at: z.string() }).optional(),
        }),
      },
    },
    description: 'The trail after the decision',
  },
  ...SIGNED_IN_ERRORS,
  404: problem('No such trail'),
};

const hide = createRoute({
  ...admin,
  method: 'post',
  path: '/{id}/hide',
  summary: 'Hide a trail with a reason its stewards see (admins)',
  request: { params: TrailIdParamSchema, body: JSON_BODY(HideRequestSchema) },
  responses: answer,
});

const restore = createRoute({
  ...admin,
  method: 'post',
  path: '/{id}/restore',
  summary: 'Show a hidden or reported trail again (admins)',
  request: { params: TrailIdParamSchema },
  responses: answer,
});

export const trailModerationRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(hide, async (c) => {
      const trail = await hideTrail(deps, { trailId: c.req.valid('param').id, reason: c.req.valid('json').reason });
      return c.json({ id: trail.id, title: trail.title, hidden: trail.hidden }, 200);
    })
    .openapi(restore, async (c) => {
      const trail = await restoreTrail(deps, { trailId: c.req.valid('param').id });
      return c.json({ id: trail.id, title: trail.title, hidden: trail.hidden }, 200);
    });
