import { defineFeature, mount } from '../platform/feature.ts';
import { contributorRoutes } from './contributor-routes.ts';
import { CAPTIONS_MAX_BYTES } from './edit-media.ts';
import { mediaRoutes } from './media-routes.ts';
import { mediaModerationRoutes } from './moderation-routes.ts';
import { myMediaRoutes } from './my-media-routes.ts';
import { mediaPersonalData } from './personal-data.ts';
import { reportableMedia } from './reportable.ts';
import { uploadRoutes } from './uploads-routes.ts';

/** Media: uploads checked and published by the pipeline, a citizen's library, public media pages. */
export const mediaFeature = defineFeature({
  name: 'media',
  routes: [
    mount('/me/media', myMediaRoutes),
    mount('/uploads', uploadRoutes),
    mount('/media', mediaRoutes),
    mount('/contributors', contributorRoutes),
    mount('/moderation/media', mediaModerationRoutes),
  ],
  // Captions of a long video are larger than the API's usual body limit.
  largeBodies: [{ method: 'PUT', path: '/api/media/:id/captions/:language', maxBytes: CAPTIONS_MAX_BYTES }],
  reportables: [reportableMedia],
  personalData: [mediaPersonalData],
});
