import type { z } from '@hono/zod-openapi';
import { FlagRequestSchema } from '../media/public.ts';
import { clientIp } from '../platform/client-ip.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY } from '../platform/openapi-common.ts';
import type { Reportable } from '../platform/reportable.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter } from '../platform/router.ts';
import { report } from './report.ts';
import { reportResponses } from './reporter.ts';

/** How a feature's report route is addressed and documented. */
export interface ReportRouteSpec<P extends string> {
  /** The path parameter naming the item (`/{id}/flags`, `/{slug}/flags`). */
  param: P;
  /** Its schema, the feature's own (`{ [param]: … }`). */
  params: z.ZodObject<Record<P, z.ZodType<string>>>;
  tags: string[];
  summary: string;
  /** The 404 the route documents. */
  notFound: string;
}

/**
 * A kind's report route, `POST /{param}/flags`, for its feature to mount beside its other routes:
 * anyone reports a visible item, once; `report` does the counting and hiding for every kind.
 */
export const reportRoute = <P extends string>(deps: AppDeps, kind: Reportable, spec: ReportRouteSpec<P>) =>
  createRouter().openapi(
    routeDeclarations(spec.tags).open('post', `/{${spec.param}}/flags`, {
      summary: spec.summary,
      request: { params: spec.params, body: JSON_BODY(FlagRequestSchema) },
      responses: reportResponses(spec.notFound),
    }),
    async (c) => {
      const id = c.req.param(spec.param);
      // The route's own path names it, and its schema has checked it.
      if (id === undefined) throw new Error(`A report route without its {${spec.param}}.`);
      const result = await report(deps, kind, {
        id,
        reason: c.req.valid('json').reason,
        viewer: c.var.viewer,
        clientIp: clientIp(c),
      });
      return c.json(result, 201);
    },
  );
