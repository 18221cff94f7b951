import { defineFeature, mount } from '../platform/feature.ts';
import { badgeRoutes } from './badge-routes.ts';
import { instructorRoutes } from './instructor-routes.ts';
import { trainingPersonalData } from './personal-data.ts';
import { myTrainingRoutes, trainingRoutes } from './routes.ts';
import { workshopCalendarPart } from './workshop-calendar-part.ts';
import { workshopPersonalData } from './workshop-personal-data.ts';
import { myWorkshopRoutes, workshopRoutes } from './workshop-routes.ts';

/**
 * Training: modules as files (a commons), the quiz graded on the server, certifications earned,
 * granted and revoked by instructors, the in-person workshops, Open Badges, and the certification
 * check other features' transactions include (`public.ts`).
 */
export const trainingFeature = defineFeature({
  name: 'training',
  routes: [
    // The badges first: `/training/issuer`, `/training/credentials` and `/training/holders`
    // before any `/training/{module}` route.
    mount('/', badgeRoutes),
    mount('/me/training/sessions', myWorkshopRoutes),
    mount('/me/training', myTrainingRoutes),
    // Workshops next: `/sessions/…` would otherwise read as a module id. One-segment paths
    // (`/modules`, `/instructors`) never meet `{module}`, whose paths have two or more.
    mount('/training', workshopRoutes),
    mount('/training', trainingRoutes),
    mount('/training', instructorRoutes),
  ],
  personalData: [trainingPersonalData, workshopPersonalData],
  // Workshop sessions in a person's calendar feed.
  calendarEvents: [workshopCalendarPart],
});
