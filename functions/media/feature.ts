import { defineFeature, mount } from '../platform/feature.ts';
import { contributorRoutes } from './contributor-routes.ts';
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
  reportables: [reportableMedia],
  personalData: [mediaPersonalData],
});
