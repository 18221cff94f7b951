import { defineFeature, mount } from '../platform/feature.ts';
import { moderationQueueRoutes } from './routes.ts';

/** Moderation: the one queue of reported items the city reviews. */
export const moderationFeature = defineFeature({
  name: 'moderation',
  routes: [mount('/moderation', moderationQueueRoutes)],
});
