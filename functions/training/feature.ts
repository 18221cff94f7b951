import { defineFeature, mount } from '../platform/feature.ts';
import { badgeRoutes } from './badge-routes.ts';

/**
 * Training: modules as content, quizzes graded on the server, certifications, workshops, Open
 * Badges. (Written by the badges branch so that its routes are mounted and tested; training's
 * core brings the rest of this list. Keep the badges' mount first: `/training/issuer`,
 * `/training/credentials` and `/training/holders` before any `/training/{module}` route.)
 */
export const trainingFeature = defineFeature({
  name: 'training',
  routes: [mount('/', badgeRoutes)],
});
