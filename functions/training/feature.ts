import { defineFeature, mount } from '../platform/feature.ts';
import { workshopPersonalData } from './workshop-personal-data.ts';
import { myWorkshopRoutes, workshopRoutes } from './workshop-routes.ts';

/** Training: modules, quizzes, certifications, and the in-person workshops. */
export const trainingFeature = defineFeature({
  name: 'training',
  routes: [
    mount('/me/training/sessions', myWorkshopRoutes),
    // Workshops first: `/sessions/…` would otherwise read as a module id.
    mount('/training', workshopRoutes),
  ],
  personalData: [workshopPersonalData],
});
