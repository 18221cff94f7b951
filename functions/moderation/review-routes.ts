import type { RouteConfig, z } from '@hono/zod-openapi';
import { HideRequestSchema } from '../media/public.ts';
import { requireRole, type ViewerRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY } from '../platform/openapi-common.ts';
import type { Reportable } from '../platform/reportable.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter } from '../platform/router.ts';
import { type Decision, review } from './review.ts';

/** How a feature's review routes are addressed, guarded and documented, and what they answer. */
export interface ReviewRoutesSpec<R, P extends string> {
  /** The path parameter naming the item (`/{id}/hide`, `/{slug}/hide`), and its schema. */
  param: P;
  params: z.ZodObject<Record<P, z.ZodType<string>>>;
  /** Who decides: staff on single media, admins on collections (projects, trails). */
  roles: ViewerRole[];
  summaries: { hide: string; restore: string };
  /** The documented answers: 200 (what `show` gives) and the errors (the signed-in ones go without saying). */
  responses: RouteConfig['responses'];
  /** The item after the decision, as the route answers it. */
  show: (record: R) => unknown;
}

/**
 * A kind's review routes, for its feature to mount under `/moderation/<kind>`: hide with a reason
 * its owners read (`POST /{param}/hide`), or show again (`POST /{param}/restore`). `review` does
 * the deciding for every kind.
 */
export const reviewRoutes = <R, P extends string>(deps: AppDeps, kind: Reportable<R>, spec: ReviewRoutesSpec<R, P>) => {
  const reviewRoute = routeDeclarations(['Moderation'], requireRole(...spec.roles));
  const decide = async (id: string | undefined, decision: Decision) => {
    // The routes' own paths name it, and their schema has checked it.
    if (id === undefined) throw new Error(`A review route without its {${spec.param}}.`);
    return spec.show(await review(deps, kind, id, decision));
  };
  const hide = reviewRoute.signedIn('post', `/{${spec.param}}/hide`, {
    summary: spec.summaries.hide,
    request: { params: spec.params, body: JSON_BODY(HideRequestSchema) },
    responses: spec.responses,
  });
  const restore = reviewRoute.signedIn('post', `/{${spec.param}}/restore`, {
    summary: spec.summaries.restore,
    request: { params: spec.params },
    responses: spec.responses,
  });
  return createRouter()
    .openapi(hide, async (c) => c.json(await decide(c.req.param(spec.param), { hide: c.req.valid('json') }), 200))
    .openapi(restore, async (c) => c.json(await decide(c.req.param(spec.param), 'restore'), 200));
};
