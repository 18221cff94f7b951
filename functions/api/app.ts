import type { Hono } from 'hono';
import { loadViewer } from '../accounts/session-middleware.ts';
import { CONTRIBUTIONS, FEATURES } from '../features.ts';
import { limitBodies } from '../platform/body-limit.ts';
import { keepSignedInReadsPrivate } from '../platform/cache.ts';
import { requireSameOrigin } from '../platform/csrf.ts';
import type { AppDeps } from '../platform/deps.ts';
import { gatherInvalidations } from '../platform/edge-cache.ts';
import { AppError } from '../platform/errors.ts';
import { type MountedSchema, routeMountsOf } from '../platform/feature.ts';
import { flushingMetrics } from '../platform/metrics.ts';
import { SESSION_SECURITY_SCHEME } from '../platform/openapi-common.ts';
import { appErrorResponse, handleError } from '../platform/problem.ts';
import { type AppEnv, createRouter } from '../platform/router.ts';
import { docsRoutes } from './docs.ts';

/**
 * The whole API as one Hono app, built from explicit dependencies. It knows nothing of Lambda:
 * `lambda.ts`, the local server and the tests each call it with their own clients.
 */
export const createApp = (deps: AppDeps) => {
  const api = createRouter().basePath('/api');

  api.use('*', async (c, next) => {
    c.set('deps', deps);
    // One request is one Lambda invocation: what it counted is sent before it ends.
    await flushingMetrics(deps.metrics, next);
  });
  api.use('*', limitBodies(deps.config.maxBodyBytes, CONTRIBUTIONS.largeBodies));
  // What the request's use cases made stale at the edge is sent once, when the request is done.
  api.use('*', (_c, next) => gatherInvalidations(deps, next));
  api.use('*', requireSameOrigin(deps.config.publicUrl));
  api.use('*', loadViewer(deps));
  api.use('*', keepSignedInReadsPrivate);
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', SESSION_SECURITY_SCHEME);

  // Each feature's sub-apps, in the list's order (see features.ts).
  for (const { path, app } of routeMountsOf(FEATURES)) api.route(path, app(deps, CONTRIBUTIONS));

  api.route('/', docsRoutes(api));
  api.notFound((c) =>
    appErrorResponse(new AppError('not-found', `There is nothing at ${c.req.method} ${c.req.path}.`)),
  );
  api.onError(handleError);
  return api;
};

/**
 * The app's type, for the web's typed client (`hc<ApiType>`): every route of every feature in
 * the list, with its path under `/api`, its request and its responses.
 */
export type ApiType = Hono<AppEnv, MountedSchema<typeof FEATURES, '/api'>, '/api'>;
