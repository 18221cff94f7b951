import type { AppDeps } from '../../platform/deps.ts';
import { transact } from '../../platform/transact.ts';
import { daysBetween } from '../opening-days.ts';
import type { Day, UnitRecord } from '../records.ts';
import { releaseMaintenanceDayItem, takeDayForMaintenanceItem } from '../store/maintenance.ts';

/**
 * The ticket's days taken for maintenance, each by its own conditioned write (only where no live
 * occupancy is): a day still held by a loan that is out, or by a waiting-list hold, stays theirs
 * (the unit's status already keeps anyone from lending it). Answers the days taken.
 */
export const blockDays = async (
  deps: AppDeps,
  unit: UnitRecord,
  period: { from: Day; to: Day },
  now: Date,
): Promise<Day[]> => {
  const days = daysBetween(period.from, period.to);
  const written = await Promise.all(
    days.map((day) => transact(deps, [takeDayForMaintenanceItem(deps, unit, day, now)])),
  );
  return days.filter((_day, index) => written[index]);
};

/** The ticket's days from `from` on given back, each only where maintenance holds it. */
export const unblockDays = async (deps: AppDeps, unitId: string, period: { from: Day; to: Day }): Promise<void> => {
  await Promise.all(
    daysBetween(period.from, period.to).map((day) => transact(deps, [releaseMaintenanceDayItem(deps, unitId, day)])),
  );
};
