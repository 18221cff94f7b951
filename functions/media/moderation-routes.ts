import { reviewRoutes } from '../moderation/public.ts';
import { requireRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { toOwnMedia } from './media-views.ts';
import { deleteReportedMedia } from './moderate-media.ts';
import { reportableMedia } from './reportable.ts';
import { MediaIdParamSchema, OwnMediaSchema } from './schema.ts';

const remove = routeDeclarations(['Moderation'], requireRole('staff', 'admin')).signedIn('delete', '/{id}', {
  summary: 'Delete a reported medium for good',
  request: { params: MediaIdParamSchema },
  responses: { 204: { description: 'Deleted' }, 404: problem('No such published medium') },
});

/** Staff decide on single media: hide, restore, or delete for good. */
export const mediaModerationRoutes = (deps: AppDeps) =>
  createRouter()
    .route(
      '/',
      reviewRoutes(deps, reportableMedia, {
        param: 'id',
        params: MediaIdParamSchema,
        roles: ['staff', 'admin'],
        summaries: {
          hide: 'Hide with a reason the uploader will read',
          restore: 'Reports unfounded: publish again and clear the flags',
        },
        responses: {
          200: JSON_RESPONSE(OwnMediaSchema, 'The medium after the decision'),
          404: problem('No such published medium'),
          409: problem('Changed meanwhile'),
        },
        show: toOwnMedia,
      }),
    )
    .openapi(remove, async (c) => {
      await deleteReportedMedia(deps, { mediaId: c.req.valid('param').id });
      return c.body(null, 204);
    });
