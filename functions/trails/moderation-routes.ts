import { z } from '@hono/zod-openapi';
import { reviewRoutes } from '../moderation/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { problem } from '../platform/router.ts';
import { reportableTrails } from './reportable.ts';
import { TrailIdParamSchema } from './schema.ts';

/** Trails are collections, like projects: admins decide on them (staff on single media). */
export const trailModerationRoutes = (deps: AppDeps) =>
  reviewRoutes(deps, reportableTrails, {
    param: 'id',
    params: TrailIdParamSchema,
    roles: ['admin'],
    summaries: {
      hide: 'Hide a trail with a reason its stewards see (admins)',
      restore: 'Show a hidden or reported trail again (admins)',
    },
    responses: {
      200: JSON_RESPONSE(
        z.object({
          id: z.string(),
          title: z.string(),
          hidden: z.object({ reason: z.string(), at: z.string() }).optional(),
        }),
        'The trail after the decision',
      ),
      404: problem('No such trail'),
    },
    show: (trail) => ({ id: trail.id, title: trail.title, hidden: trail.hidden }),
  });
