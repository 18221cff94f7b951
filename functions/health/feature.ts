import { defineFeature, mount } from '../platform/feature.ts';
import { healthRoutes } from './routes.ts';

/** Health: whether the API and what it depends on answer. */
export const healthFeature = defineFeature({
  name: 'health',
  routes: [mount('/health', healthRoutes)],
});
