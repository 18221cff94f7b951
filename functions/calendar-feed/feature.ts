import { defineFeature, mount } from '../platform/feature.ts';
import { calendarFeedPersonalData } from './personal-data.ts';
import { feedRoutes, myFeedRoutes } from './routes.ts';

/**
 * A person's private calendar feed: one unguessable, revocable address a calendar application
 * subscribes to, listing the events every feature contributes for that person (`calendarEvents`
 * of each feature: loans, workshop sessions). It knows no feature: the parts come to it.
 */
export const calendarFeedFeature = defineFeature({
  name: 'calendar-feed',
  routes: [
    mount('/me/calendar-feed', myFeedRoutes),
    mount('/calendar', (deps, { calendarEvents }) => feedRoutes(deps, calendarEvents)),
  ],
  personalData: [calendarFeedPersonalData],
});
