import { defineFeature, mount } from '../platform/feature.ts';
import { trailExportRoutes } from './export-routes.ts';
import { followProjectVisibility } from './follow-project-visibility.ts';
import { trailModerationRoutes } from './moderation-routes.ts';
import { trailsPersonalData } from './personal-data.ts';
import { reportableTrails } from './reportable.ts';
import { myTrailRoutes, trailRoutes } from './routes.ts';

/** Trails: walks of stops in a project, edited together, walked with the phone, exported. */
export const trailsFeature = defineFeature({
  name: 'trails',
  routes: [
    mount('/me/trails', myTrailRoutes),
    // Exports first: their paths (`{id}.gpx`) would otherwise read as a trail id.
    mount('/trails', trailExportRoutes),
    mount('/trails', trailRoutes),
    mount('/moderation/trails', trailModerationRoutes),
  ],
  reportables: [reportableTrails],
  personalData: [trailsPersonalData],
  // A project's trails are hidden with it and come back with it.
  projectVisibilityListeners: [{ onProjectVisibilityChanged: followProjectVisibility }],
});
