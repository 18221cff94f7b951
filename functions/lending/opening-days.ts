import type { Closure, Day, LendingPointRecord, Weekday } from './records.ts';
import { WEEKDAYS } from './records.ts';

/**
 * Which calendar days a lending point is open: its weekly hours minus its closures. Days are
 * civil dates (`YYYY-MM-DD`), so the weekday of a day does not depend on a time zone or on summer
 * time; what does ("today", closing time) is `city-days.ts`'s business. Pure.
 */

const parse = (day: Day) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
};

const format = (utcMidnight: number): Day => new Date(utcMidnight).toISOString().slice(0, 10);

/** `day` moved by `count` days (negative: earlier). */
export const addDays = (day: Day, count: number): Day => format(parse(day) + count * 86_400_000);

/** Days from `from` to `to`, both included (empty when reversed). */
export const daysBetween = (from: Day, to: Day): Day[] => {
  const days: Day[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
};

/** How many days from `from` to `to`, both included. */
export const dayCount = (from: Day, to: Day): number => Math.round((parse(to) - parse(from)) / 86_400_000) + 1;

export const weekdayOf = (day: Day): Weekday => {
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  const index = (new Date(parse(day)).getUTCDay() + 6) % 7;
  return WEEKDAYS[index] as Weekday;
};

/** The closure covering `day`, if any. */
export const closureOn = (closures: readonly Closure[], day: Day): Closure | undefined =>
  closures.find((closure) => closure.from <= day && day <= closure.to);

/** True when the point opens on `day`: hours that weekday, and no closure covering it. */
export const isOpenDay = (point: Pick<LendingPointRecord, 'hours' | 'closures'>, day: Day): boolean =>
  point.hours[weekdayOf(day)].length > 0 && !closureOn(point.closures, day);

/** The opening days of the point from `from` to `to`, both included. */
export const openDays = (point: Pick<LendingPointRecord, 'hours' | 'closures'>, from: Day, to: Day): Day[] =>
  daysBetween(from, to).filter((day) => isOpenDay(point, day));

/** The first opening day on or after `day`, looking at most `horizon` days ahead. */
export const nextOpenDay = (
  point: Pick<LendingPointRecord, 'hours' | 'closures'>,
  day: Day,
  horizon = 366,
): Day | undefined => openDays(point, day, addDays(day, horizon))[0];
