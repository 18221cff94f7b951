import { defineFeature } from '../platform/feature.ts';

/**
 * Equipment lending: lending points, the catalogue (categories, models, units), availability,
 * reservations that are never double-booked, the waiting list, and the fairness rules.
 */
export const lendingFeature = defineFeature({
  name: 'lending',
  routes: [],
});
