import { defineFeature, mount } from '../platform/feature.ts';
import { lendingPersonalData } from './reservations/personal-data.ts';
import { myLoanRoutes, reservationRoutes } from './reservations/routes.ts';

/**
 * Equipment lending: lending points, the catalogue (categories, models, units), availability,
 * reservations that are never double-booked, the waiting list, and the fairness rules.
 */
export const lendingFeature = defineFeature({
  name: 'lending',
  routes: [mount('/lending/reservations', reservationRoutes), mount('/me/lending', myLoanRoutes)],
  personalData: [lendingPersonalData],
});
