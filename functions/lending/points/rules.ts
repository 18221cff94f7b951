import type { Closure, OpeningSpan, Weekday } from '../records.ts';
import { WEEKDAYS } from '../records.ts';

/**
 * The rules a lending point's hours and closures follow beyond their shapes, as problems naming
 * the field (`hours.tue.1.opens`), so a form can put each message beside its input. Pure: the
 * schema runs them (a 400 answer), the demo file goes through the same schema.
 */
export interface PointProblem {
  path: (string | number)[];
  message: string;
}

/** A time the schema accepts; others already have their own problem, and are not compared. */
const isClockTime = (time: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time);

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** A day's spans: each closes after it opens, the second opens after the first closes. */
export const spanProblems = (weekday: Weekday, spans: readonly OpeningSpan[]): PointProblem[] => {
  const problems: PointProblem[] = [];
  spans.forEach((span, index) => {
    if (!isClockTime(span.opens) || !isClockTime(span.closes)) return;
    if (minutesOf(span.closes) <= minutesOf(span.opens))
      problems.push({ path: ['hours', weekday, index, 'closes'], message: 'Must be after the opening time' });
    const before = spans[index - 1];
    if (before && isClockTime(before.closes) && minutesOf(span.opens) < minutesOf(before.closes))
      problems.push({
        path: ['hours', weekday, index, 'opens'],
        message: 'Spans in order: must be at or after the previous span closes',
      });
  });
  return problems;
};

/** Every weekday's spans checked. */
export const hoursProblems = (hours: Record<Weekday, readonly OpeningSpan[]>): PointProblem[] =>
  WEEKDAYS.flatMap((weekday) => spanProblems(weekday, hours[weekday]));

/** True when `value` (YYYY-MM-DD) is a day of the calendar: 2026-02-30 and 2026-13-01 are not. */
export const existingDay = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
};

/** A closure runs forward (`from` on or before `to`). */
export const closureProblems = (closures: readonly Closure[]): PointProblem[] =>
  closures.flatMap((closure, index) =>
    closure.from <= closure.to || !existingDay(closure.from) || !existingDay(closure.to)
      ? []
      : [{ path: ['closures', index, 'to'], message: 'Must be on or after the first closed day' }],
  );
