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

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** A day's spans: each closes after it opens, the second opens after the first closes. */
export const spanProblems = (weekday: Weekday, spans: readonly OpeningSpan[]): PointProblem[] => {
  const problems: PointProblem[] = [];
  spans.forEach((span, index) => {
    if (minutesOf(span.closes) <= minutesOf(span.opens))
      problems.push({ path: ['hours', weekday, index, 'closes'], message: 'Must be after the opening time' });
    const before = spans[index - 1];
    if (before && minutesOf(span.opens) < minutesOf(before.closes))
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

/** A closure runs forward (`from` on or before `to`). */
export const closureProblems = (closures: readonly Closure[]): PointProblem[] =>
  closures.flatMap((closure, index) =>
    closure.from <= closure.to
      ? []
      : [{ path: ['closures', index, 'to'], message: 'Must be on or after the first closed day' }],
  );
