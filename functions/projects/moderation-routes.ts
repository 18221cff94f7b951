import { z } from '@hono/zod-openapi';
import { reviewRoutes } from '../moderation/public.ts';
import { requireRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { setFeatured } from './moderate-project.ts';
import { reportableProjects } from './reportable.ts';
import { type ProjectRecord, ProjectSummarySchema, SlugParamSchema } from './schema.ts';
import { summaryOf } from './search-index.ts';

const answer = {
  200: JSON_RESPONSE(
    ProjectSummarySchema.extend({ hidden: z.object({ reason: z.string(), at: z.string() }).optional() }),
    'The project after the decision',
  ),
  404: problem('No such project'),
  409: problem('Not possible now'),
};
const show = (project: ProjectRecord) => ({ ...summaryOf(project), hidden: project.hidden });

const feature = routeDeclarations(['Moderation'], requireRole('admin')).signedIn('put', '/{slug}/featured', {
  summary: 'Feature a project on the home page, or stop (admins)',
  request: { params: SlugParamSchema, body: JSON_BODY(z.strictObject({ featured: z.boolean() })) },
  responses: answer,
});

/** Admins decide on projects: feature them on the home page; hide or restore them. */
export const projectModerationRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(feature, async (c) => {
      const project = await setFeatured(deps, {
        slug: c.req.valid('param').slug,
        featured: c.req.valid('json').featured,
      });
      return c.json(show(project), 200);
    })
    .route(
      '/',
      reviewRoutes(deps, reportableProjects, {
        param: 'slug',
        params: SlugParamSchema,
        roles: ['admin'],
        summaries: {
          hide: 'Hide a project with a reason its stewards see (admins)',
          restore: 'Show a hidden or reported project again (admins)',
        },
        responses: answer,
        show,
      }),
    );
