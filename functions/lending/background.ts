import { defineBackground } from '../platform/feature.ts';
import { releaseReturnedLoansTask } from './reservations/release-returned-loans.ts';
import { seedDemoReservations } from './reservations/reservation-demo.ts';

/** Lending outside requests: reservations past their return day given back to their person's limit; the demo city's lending. */
export const lendingBackground = defineBackground({
  name: 'lending',
  dailyTasks: [releaseReturnedLoansTask],
  demoSeeders: [
    // After the points and the models (their seeders come first in this list).
    {
      name: 'lending-reservations',
      seed: async (deps, demo) => seedDemoReservations(deps, await demo.readJson('lending.json')),
    },
  ],
});
