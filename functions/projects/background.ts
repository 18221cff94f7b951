import { defineBackground } from '../platform/feature.ts';
import { seedDemoProjects } from './seed-demo-projects.ts';
import { journalDigestTask } from './send-journal-digest.ts';

/** Projects outside requests: the followers' daily journal digest, the demo city's projects. */
export const projectsBackground = defineBackground({
  name: 'projects',
  dailyTasks: [journalDigestTask],
  demoSeeders: [
    {
      name: 'projects',
      seed: async (deps, demo) => seedDemoProjects(deps, await demo.readJson('projects.json'), demo.mediaIds),
    },
  ],
});
