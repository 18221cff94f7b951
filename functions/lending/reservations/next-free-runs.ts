import { unitsFreeOn } from '../availability.ts';
import { addDays, daysBetween, isOpenDay } from '../opening-days.ts';
import type { Day, LendingPointRecord } from '../records.ts';
import type { ModelCalendar } from '../store/calendar.ts';
import type { DayRun } from './limit-windows.ts';

/** How far ahead a refused reservation looks for free dates. */
export const NEXT_FREE_HORIZON_DAYS = 60;

/**
 * The first runs of `length` days, picked up from `from` on, that the calendar shows free on some
 * unit of the point, both ends on opening days: what a 409 "no unit left" offers instead. Pure;
 * a suggestion, not a promise (the next reservation's write decides).
 */
export const nextFreeRuns = (options: {
  calendar: ModelCalendar;
  point: Pick<LendingPointRecord, 'id' | 'hours' | 'closures'>;
  length: number;
  from: Day;
  now: Date;
  count?: number;
  horizonDays?: number;
}): DayRun[] => {
  const { calendar, point, length, from, now } = options;
  const runs: DayRun[] = [];
  const last = addDays(from, options.horizonDays ?? NEXT_FREE_HORIZON_DAYS);
  for (let pickUp = from; pickUp <= last && runs.length < (options.count ?? 3); pickUp = addDays(pickUp, 1)) {
    const returnDay = addDays(pickUp, length - 1);
    if (!isOpenDay(point, pickUp) || !isOpenDay(point, returnDay)) continue;
    if (unitsFreeOn(calendar, point.id, daysBetween(pickUp, returnDay), now).length > 0)
      runs.push({ pickUp, returnDay });
  }
  return runs;
};
