import type { AppDeps } from '../../platform/deps.ts';
import type { Day } from '../records.ts';

/** Days of a unit that just became free: a cancellation, a date change releasing days (later: an early return, the end of a maintenance). */
export interface FreedDays {
  modelId: string;
  pointId: string;
  unitId: string;
  days: Day[];
}

/**
 * Called after a transaction that freed days of a unit has been written. The waiting list plugs
 * in here: it offers the first person waiting a hold on those days (its own conditioned write,
 * `holdDayItem`). Nothing waits yet, so nothing happens; a failure here must never undo what
 * freed the days.
 */
export const unitDaysFreed = async (_deps: AppDeps, _freed: FreedDays): Promise<void> => {};
