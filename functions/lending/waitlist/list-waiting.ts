import type { AppDeps } from '../../platform/deps.ts';
import type { Day, WaitingEntryRecord } from '../records.ts';
import { listEntriesOf } from '../store/waitlist.ts';

/**
 * The entries my loans shows: still waiting or offered, or ended unclaimed, for days not yet
 * past (one byOwner Query), soonest first. Left and claimed ones are not shown (a claim is a
 * reservation, shown as one).
 */
export const listWaitingShown = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  userId: string,
  today: Day,
): Promise<WaitingEntryRecord[]> =>
  (await listEntriesOf(deps, userId))
    .filter((e) => e.returnDay >= today && (e.status === 'waiting' || e.status === 'offered' || e.status === 'expired'))
    .sort((a, b) => a.pickUp.localeCompare(b.pickUp) || a.joinedAt.localeCompare(b.joinedAt));
