import { daysBetween } from '../opening-days.ts';
import type { Day } from '../records.ts';
import type { DayRun } from './limit-windows.ts';

/**
 * What a date change does to a reservation's days: the days it releases (held before, not
 * after), the days it claims (new), and the days it keeps, which the change's transaction does
 * not touch at all. Pure.
 */
export const dayChanges = (before: DayRun, after: DayRun): { released: Day[]; claimed: Day[]; kept: Day[] } => {
  const previous = new Set(daysBetween(before.pickUp, before.returnDay));
  const next = daysBetween(after.pickUp, after.returnDay);
  const nextSet = new Set(next);
  return {
    released: [...previous].filter((day) => !nextSet.has(day)),
    claimed: next.filter((day) => !previous.has(day)),
    kept: next.filter((day) => previous.has(day)),
  };
};
