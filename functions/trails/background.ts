import { defineBackground } from '../platform/feature.ts';
import { seedDemoTrails } from './seed-demo-trails.ts';

/** Trails outside requests: the demo city's trails. */
export const trailsBackground = defineBackground({
  name: 'trails',
  demoSeeders: [
    {
      name: 'trails',
      seed: async (deps, demo) => seedDemoTrails(deps, await demo.readJson('trails.json'), demo.mediaIds),
    },
  ],
});
