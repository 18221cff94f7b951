import { defineFeature, mount } from '../platform/feature.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { catalogueStaffRoutes } from './catalogue/staff-routes.ts';

/**
 * Equipment lending: lending points, the catalogue (categories, models, units), availability,
 * reservations that are never double-booked, the waiting list, and the fairness rules.
 */
export const lendingFeature = defineFeature({
  name: 'lending',
  routes: [
    // The catalogue: categories, models, units, availability (`/lending/categories`, `/lending/models…`).
    mount('/lending', catalogueRoutes),
    mount('/lending', catalogueStaffRoutes),
  ],
});
