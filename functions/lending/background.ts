import { defineBackground } from '../platform/feature.ts';
import { seedDemoCatalogue } from './catalogue/demo.ts';
import { seedDemoTickets } from './maintenance/demo.ts';
import { seedDemoPoints } from './points/demo.ts';
import { releaseReturnedLoansTask } from './reservations/release-returned-loans.ts';
import { seedDemoReservations } from './reservations/reservation-demo.ts';
import { seedDemoWaitlist } from './waitlist/demo.ts';
import { passOnEndedOffersTask } from './waitlist/pass-on-offers.ts';

/** Lending outside requests: reservations past their return day given back to their person's limit, unclaimed holds passed on; the demo city's lending. */
export const lendingBackground = defineBackground({
  name: 'lending',
  dailyTasks: [releaseReturnedLoansTask, passOnEndedOffersTask],
  demoSeeders: [
    // Points first (the catalogue's units name them), then the catalogue, then reservations of it.
    { name: 'lending points', seed: async (deps, demo) => seedDemoPoints(deps, await demo.readJson('lending.json')) },
    {
      name: 'lending catalogue',
      seed: async (deps, demo) => seedDemoCatalogue(deps, await demo.readJson('lending.json')),
    },
    {
      name: 'lending-reservations',
      seed: async (deps, demo) => seedDemoReservations(deps, await demo.readJson('lending.json')),
    },
    // After the reservations: a unit in maintenance moves or cancels those on it.
    { name: 'lending-tickets', seed: async (deps, demo) => seedDemoTickets(deps, await demo.readJson('lending.json')) },
    // After the reservations: the demo waits for days they took.
    {
      name: 'lending-waitlist',
      seed: async (deps, demo) => seedDemoWaitlist(deps, await demo.readJson('lending.json')),
    },
  ],
});
