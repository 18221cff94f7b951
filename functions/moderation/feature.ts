import { defineFeature, mount } from '../platform/feature.ts';
import { moderationQueueRoutes } from './routes.ts';

/**
 * Moderation: reports, hiding at the threshold, the one queue and its review, written once over
 * the `reportables` every feature contributes (platform/reportable.ts).
 */
export const moderationFeature = defineFeature({
  name: 'moderation',
  routes: [mount('/moderation', (deps, { reportables }) => moderationQueueRoutes(deps, reportables))],
});
