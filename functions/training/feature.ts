import { defineFeature, mount } from '../platform/feature.ts';
import { instructorRoutes } from './instructor-routes.ts';
import { trainingPersonalData } from './personal-data.ts';
import { myTrainingRoutes, trainingRoutes } from './routes.ts';

/**
 * Training: modules as files (a commons), the quiz graded on the server, certifications earned,
 * granted and revoked by instructors, and the certification check other features' transactions
 * include (`public.ts`).
 */
export const trainingFeature = defineFeature({
  name: 'training',
  routes: [
    mount('/me/training', myTrainingRoutes),
    // One-segment paths (`/modules`, `/instructors`) never meet `{module}`, whose paths have two or more.
    mount('/training', trainingRoutes),
    mount('/training', instructorRoutes),
  ],
  personalData: [trainingPersonalData],
});
