import type { PersonalDataPart } from '../../platform/personal-data-part.ts';
import { inBatch } from '../../platform/work.ts';
import {
  deleteEntry,
  deleteFirstReservation,
  getEntry,
  getFirstReservation,
  listEntriesOf,
} from '../store/waitlist.ts';
import { leaveEntry } from './leave-waitlist.ts';

/**
 * The waiting list's share of a person's data: their entries, every field. Erasure takes each
 * off its list first when it is waiting or offered (a hold still running is released and offered
 * to the next person), then deletes it, and last the marker of their first reservation. The
 * month's figures never named anyone and stay.
 */
export const waitlistPersonalData: PersonalDataPart = {
  name: 'lendingWaitlist',
  export: async (deps, person) => ({
    entries: await listEntriesOf(deps, person.id),
    firstReservation: (await getFirstReservation(deps, person.id)) ?? null,
  }),
  erase: async (deps, { user, limit }) => {
    const entries = await listEntriesOf(deps, user.id);
    return inBatch(
      [
        ...entries.map((listed) => async () => {
          const entry = await getEntry(deps, listed.id);
          if (!entry) return;
          if (entry.status === 'waiting' || entry.status === 'offered') {
            // Changed meanwhile: the next run reads it again (the index still lists it until deleted).
            if (!(await leaveEntry(deps, entry, deps.clock.now()))) return;
          }
          await deleteEntry(deps, entry.id);
        }),
        // Last: whether they ever borrowed (the waiting list's order read it).
        () => deleteFirstReservation(deps, user.id),
      ],
      limit,
    );
  },
};
