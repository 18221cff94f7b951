import { bodyLimit } from 'hono/body-limit';
import { healthRoutes } from '../health/routes.ts';
import { projectRoutes } from '../projects/routes.ts';
import { trailRoutes } from '../trails/routes.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { appErrorResponse, handleError } from '../platform/problem.ts';
import { createRouter } from '../platform/router.ts';
import { docsRoutes } from './docs.ts';

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

  const routes = api
    .route('/health', healthRoutes(deps))
    .route('/projects', projectRoutes(deps))
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
