import { defineFeature, mount } from '../platform/feature.ts';
import { membershipRoutes } from './membership-routes.ts';
import { projectModerationRoutes } from './moderation-routes.ts';
import { myProjectRoutes } from './my-projects-routes.ts';
import { projectsPersonalData } from './personal-data.ts';
import { reportableProjects } from './reportable.ts';
import { projectRoutes } from './routes.ts';
import { unsubscribeRoutes } from './unsubscribe-routes.ts';

/** Projects: citizens' projects with their members, journal, followers and media. */
export const projectsFeature = defineFeature({
  name: 'projects',
  routes: [
    mount('/me/projects', myProjectRoutes),
    mount('/projects', projectRoutes),
    mount('/projects', membershipRoutes),
    mount('/follows', unsubscribeRoutes),
    mount('/moderation/projects', projectModerationRoutes),
  ],
  reportables: [reportableProjects],
  personalData: [projectsPersonalData],
});
