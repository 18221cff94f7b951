import { bodyLimit } from 'hono/body-limit';
import { adminUserRoutes } from '../accounts/admin-users-routes.ts';
import { authRoutes } from '../accounts/auth-routes.ts';
import { meRoutes } from '../accounts/me-routes.ts';
import { loadViewer } from '../accounts/session-middleware.ts';
import { healthRoutes } from '../health/routes.ts';
import { contributorRoutes } from '../media/contributor-routes.ts';
import { mediaRoutes } from '../media/media-routes.ts';
import { mediaModerationRoutes } from '../media/moderation-routes.ts';
import { myMediaRoutes } from '../media/my-media-routes.ts';
import { uploadRoutes } from '../media/uploads-routes.ts';
import { moderationQueueRoutes } from '../moderation/routes.ts';
import { requireSameOrigin } from '../platform/csrf.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { SESSION_SECURITY_SCHEME } from '../platform/openapi-common.ts';
import { appErrorResponse, handleError } from '../platform/problem.ts';
import { createRouter } from '../platform/router.ts';
import { membershipRoutes } from '../projects/membership-routes.ts';
import { projectModerationRoutes } from '../projects/moderation-routes.ts';
import { myProjectRoutes } from '../projects/my-projects-routes.ts';
import { projectRoutes } from '../projects/routes.ts';
import { unsubscribeRoutes } from '../projects/unsubscribe-routes.ts';
import { trailExportRoutes } from '../trails/export-routes.ts';
import { trailModerationRoutes } from '../trails/moderation-routes.ts';
import { myTrailRoutes, trailRoutes } from '../trails/routes.ts';
import { docsRoutes } from './docs.ts';
import { PERSONAL_DATA_PARTS } from './personal-data-parts.ts';
import { REPORTABLES } from './reportables.ts';

/**
 * The whole API as one Hono app, built from explicit dependencies. It knows nothing of Lambda:
 * `lambda.ts`, the local server and the tests each call it with their own clients.
 */
export const createApp = (deps: AppDeps) => {
  const api = createRouter().basePath('/api');

  api.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () =>
        appErrorResponse(
          new AppError('payload-too-large', `The request body is larger than ${deps.config.maxBodyBytes} bytes.`),
        ),
    }),
  );
  api.use('*', requireSameOrigin(deps.config.publicUrl));
  api.use('*', loadViewer(deps));
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', SESSION_SECURITY_SCHEME);

  const routes = api
    .route('/health', healthRoutes(deps))
    .route('/auth', authRoutes(deps))
    .route('/me/media', myMediaRoutes(deps))
    .route('/me/trails', myTrailRoutes(deps))
    .route('/me/projects', myProjectRoutes(deps))
    .route('/me', meRoutes(deps, PERSONAL_DATA_PARTS))
    .route('/admin/users', adminUserRoutes(deps))
    .route('/uploads', uploadRoutes(deps))
    .route('/media', mediaRoutes(deps))
    .route('/contributors', contributorRoutes(deps))
    .route('/moderation/media', mediaModerationRoutes(deps))
    .route('/moderation/projects', projectModerationRoutes(deps))
    .route('/moderation/trails', trailModerationRoutes(deps))
    .route('/moderation', moderationQueueRoutes(deps, REPORTABLES))
    .route('/projects', projectRoutes(deps))
    .route('/projects', membershipRoutes(deps))
    .route('/follows', unsubscribeRoutes(deps))
    // Exports first: their paths (`{id}.gpx`) would otherwise read as a trail id.
    .route('/trails', trailExportRoutes(deps))
    .route('/trails', trailRoutes(deps));

  api.route('/', docsRoutes(api));
  api.notFound((c) =>
    appErrorResponse(new AppError('not-found', `There is nothing at ${c.req.method} ${c.req.path}.`)),
  );
  api.onError(handleError);
  return routes;
};

/** The app's type, for the web's typed client (`hc<ApiType>`). */
export type ApiType = ReturnType<typeof createApp>;
