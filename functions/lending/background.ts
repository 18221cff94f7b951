import { defineBackground } from '../platform/feature.ts';
import { seedDemoCatalogue } from './catalogue/demo.ts';

/** Lending outside requests: the demo city's lending points, catalogue and reservations. */
export const lendingBackground = defineBackground({
  name: 'lending',
  demoSeeders: [
    // After the points' seeder: the models name the demo points.
    {
      name: 'lending catalogue',
      seed: async (deps, demo) => seedDemoCatalogue(deps, await demo.readJson('lending.json')),
    },
  ],
});
