import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { freeUnitsByDay } from '../availability.ts';
import { addDays, dayCount, daysBetween, isOpenDay } from '../opening-days.ts';
import type { Day } from '../records.ts';
import { readModelCalendar } from '../store/calendar.ts';
import { invalidField } from './catalogue-access.ts';
import type { AvailabilityView } from './schema.ts';

/** The longest period one request may ask for (a month view asks for one month). */
export const AVAILABILITY_MAX_DAYS = 62;

/**
 * The earliest `from` a request may name: the first day of the city's current month, so that a
 * month view can show the whole month (its past days answered as past, never free).
 */
export const earliestFrom = (today: Day): Day => `${today.slice(0, 8)}01`;

/** 400 naming the field when the period cannot be answered. Pure. */
export const checkPeriod = (from: Day, to: Day, today: Day): void => {
  if (to < from) throw invalidField('query', 'to', 'The last day comes before the first', 'The period is reversed.');
  if (from < earliestFrom(today))
    throw invalidField(
      'query',
      'from',
      `The first day is in a past month (today is ${today})`,
      'The period starts too long ago.',
    );
  if (dayCount(from, to) > AVAILABILITY_MAX_DAYS)
    throw invalidField('query', 'to', `At most ${AVAILABILITY_MAX_DAYS} days at once`, 'The period is too long.');
  if (from > addDays(today, 400))
    throw invalidField('query', 'from', 'At most a year ahead', 'The period starts too far ahead.');
};

/**
 * Which days a model can be picked up and returned at a point, and how many units are free each
 * day: ONE Query of the model's calendar (`readModelCalendar`), which holds a copy of each point
 * holding the model (its hours and closures), its units and every occupancy through `to`. The
 * copies are kept in step by the model's and the point's edits, race-free (see store/keys.ts): a
 * model always has at least one point, so a calendar without copies is a model that does not exist.
 */
export const readAvailability = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'config'>,
  options: { modelId: string; pointId: string; from: Day; to: Day },
): Promise<Read<AvailabilityView>> => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  checkPeriod(options.from, options.to, today);
  const calendar = await readModelCalendar(deps, options.modelId, options.to);
  if (calendar.points.length === 0) throw new AppError('not-found', `There is no model "${options.modelId}".`);
  const point = calendar.points.find((copy) => copy.pointId === options.pointId);
  if (!point) throw invalidField('query', 'point', `“${options.modelId}” is not lent at “${options.pointId}”`);
  const days = daysBetween(options.from, options.to);
  const free = freeUnitsByDay(calendar, point.pointId, days, now);
  return {
    view: {
      modelId: options.modelId,
      pointId: point.pointId,
      from: options.from,
      to: options.to,
      today,
      days: free.map(({ day, free: count, units }) => ({
        day,
        open: isOpenDay(point, day),
        past: day < today,
        free: day < today ? 0 : count,
        units,
      })),
    },
    cache: 'public',
  };
};
