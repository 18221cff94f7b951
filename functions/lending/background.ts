import { defineBackground } from '../platform/feature.ts';
import { seedDemoCatalogue } from './catalogue/demo.ts';
import { seedDemoDeskLoans } from './desk/desk-demo.ts';
import { seedDemoTickets } from './maintenance/demo.ts';
import { seedDemoPoints } from './points/demo.ts';
import { seedDemoRecordedWith } from './provenance/demo.ts';
import { releaseNoShowsTask } from './reminders/release-no-shows.ts';
import { loanRemindersTask } from './reminders/send-reminders.ts';
import { releaseReturnedLoansTask } from './reservations/release-returned-loans.ts';
import { seedDemoReservations } from './reservations/reservation-demo.ts';
import { seedDemoWaitlist } from './waitlist/demo.ts';
import { passOnEndedOffersTask } from './waitlist/pass-on-offers.ts';

/**
 * Lending outside requests: reservations not picked up released (no-shows), reservations past
 * their return day given back to their person's limit, unclaimed holds passed on, loan reminders;
 * the demo city's lending.
 */
export const lendingBackground = defineBackground({
  name: 'lending',
  // No-shows first: their freed days reach the waiting list the same run; reminders last.
  dailyTasks: [releaseNoShowsTask, releaseReturnedLoansTask, passOnEndedOffersTask, loanRemindersTask],
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
    // Loans already out at the desk (one overdue, one due tomorrow), after the reservations.
    {
      name: 'lending-desk-loans',
      seed: async (deps, demo) => seedDemoDeskLoans(deps, await demo.readJson('lending.json')),
    },
    // After the reservations: a unit in maintenance moves or cancels those on it.
    { name: 'lending-tickets', seed: async (deps, demo) => seedDemoTickets(deps, await demo.readJson('lending.json')) },
    // After the reservations: the demo waits for days they took.
    {
      name: 'lending-waitlist',
      seed: async (deps, demo) => seedDemoWaitlist(deps, await demo.readJson('lending.json')),
    },
    // What the city's kits made: demo recordings (published by media's seeder) named with a kit.
    {
      name: 'lending-recorded-with',
      seed: async (deps, demo) => seedDemoRecordedWith(deps, await demo.readJson('lending.json'), demo.mediaIds),
    },
  ],
});
