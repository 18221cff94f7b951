import { defineBackground } from '../platform/feature.ts';
import { seedDemoPoints } from './points/demo.ts';

/** Lending outside requests: the demo city's lending points, catalogue and reservations. */
export const lendingBackground = defineBackground({
  name: 'lending',
  demoSeeders: [
    // Points first: the catalogue's units and the reservations name them.
    { name: 'lending points', seed: async (deps, demo) => seedDemoPoints(deps, await demo.readJson('lending.json')) },
  ],
});
