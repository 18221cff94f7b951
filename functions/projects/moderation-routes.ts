import { createRoute, z } from '@hono/zod-openapi';
import { HideRequestSchema } from '../media/public.ts';
import { requireRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { hideProject, restoreProject, setFeatured } from './moderate-project.ts';
import { ProjectSummarySchema, SlugParamSchema } from './schema.ts';
import { summaryOf } from './search-index.ts';

const admin = { security: SESSION_SECURITY, middleware: requireRole('admin'), tags: ['Moderation'] };
const answer = {
  200: {
    content: {
      'application/json': {
        schema: ProjectSummarySchema.extend({ hidden: z.object({ reason: z.string(), at: z.string() }).optional() }),
      },
    },
    description: 'The project after the decision',
  },
  ...SIGNED_IN_ERRORS,
  404: problem('No such project'),
  409: problem('Not possible now'),
};

const feature = createRoute({
  ...admin,
  method: 'put',
  path: '/{slug}/featured',
  summary: 'Feature a project on the home page, or stop (admins)',
  request: { params: SlugParamSchema, body: JSON_BODY(z.strictObject({ featured: z.boolean() })) },
  responses: answer,
});

const hide = createRoute({
  ...admin,
  method: 'post',
  path: '/{slug}/hide',
  summary: 'Hide a project with a reason its stewards see (admins)',
  request: { params: SlugParamSchema, body: JSON_BODY(HideRequestSchema) },
  responses: answer,
});

const restore = createRoute({
  ...admin,
  method: 'post',
  path: '/{slug}/restore',
  summary: 'Show a hidden or reported project again (admins)',
  request: { params: SlugParamSchema },
  responses: answer,
});

export const projectModerationRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(feature, async (c) => {
      const project = await setFeatured(deps, {
        slug: c.req.valid('param').slug,
        featured: c.req.valid('json').featured,
      });
      return c.json({ ...summaryOf(project), hidden: project.hidden }, 200);
    })
    .openapi(hide, async (c) => {
      const project = await hideProject(deps, { slug: c.req.valid('param').slug, reason: c.req.valid('json').reason });
      return c.json({ ...summaryOf(project), hidden: project.hidden }, 200);
    })
    .openapi(restore, async (c) => {
      const project = await restoreProject(deps, { slug: c.req.valid('param').slug });
      return c.json({ ...summaryOf(project), hidden: project.hidden }, 200);
    });
