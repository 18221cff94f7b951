import { defineBackground } from '../platform/feature.ts';
import { seedDemoReservations } from './reservations/reservation-demo.ts';

/** Lending outside requests: the demo city's lending points, catalogue and reservations. */
export const lendingBackground = defineBackground({
  name: 'lending',
  demoSeeders: [
    // After the points and the models (their seeders come first in this list).
    {
      name: 'lending-reservations',
      seed: async (deps, demo) => seedDemoReservations(deps, await demo.readJson('lending.json')),
    },
  ],
});
