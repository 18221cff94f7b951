import { addDays, dayCount } from '../opening-days.ts';
import type { Day } from '../records.ts';

/**
 * The "days in any window" limit, as counters a transaction can condition: one counter per
 * window END day `w`, holding how many of the person's reserved days fall in
 * [w − windowDays + 1, w]. A reservation from `pickUp` to `returnDay` touches exactly the windows
 * ending from `pickUp` to `returnDay + windowDays − 1` (earlier ones end before it starts, later
 * ones start after it ends). Pure.
 */

/** A run of reserved days, both ends included. */
export interface DayRun {
  pickUp: Day;
  returnDay: Day;
}

/** Days of `run` inside [from, to]. */
const overlap = (run: DayRun, from: Day, to: Day): number => {
  const start = run.pickUp > from ? run.pickUp : from;
  const end = run.returnDay < to ? run.returnDay : to;
  return start > end ? 0 : dayCount(start, end);
};

/** For each window end day the run touches, how many of its days that window holds (never 0). */
export const windowContributions = (run: DayRun, windowDays: number): Map<Day, number> => {
  const contributions = new Map<Day, number>();
  const last = addDays(run.returnDay, windowDays - 1);
  for (let end = run.pickUp; end <= last; end = addDays(end, 1)) {
    contributions.set(end, overlap(run, addDays(end, -(windowDays - 1)), end));
  }
  return contributions;
};

/**
 * What moving a run changes in each window: the new contribution minus the old one, for every
 * window either touches, zeros left out. A transaction may touch an item only once, so a date
 * change adds this net delta to each counter instead of a release and a claim.
 */
export const netWindowDeltas = (before: DayRun, after: DayRun, windowDays: number): Map<Day, number> => {
  const deltas = new Map<Day, number>();
  const previous = windowContributions(before, windowDays);
  const next = windowContributions(after, windowDays);
  for (const end of new Set([...previous.keys(), ...next.keys()])) {
    const delta = (next.get(end) ?? 0) - (previous.get(end) ?? 0);
    if (delta !== 0) deltas.set(end, delta);
  }
  return new Map([...deltas].sort(([a], [b]) => a.localeCompare(b)));
};

/** DynamoDB's limit on the items of one transaction. */
export const MAX_TRANSACTION_ITEMS = 100;
