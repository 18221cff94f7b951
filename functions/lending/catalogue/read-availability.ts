import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { freeUnitsByDay } from '../availability.ts';
import { addDays, dayCount, daysBetween, isOpenDay } from '../opening-days.ts';
import type { Day } from '../records.ts';
import { readModelAndPoint, readModelCalendar } from '../store/calendar.ts';
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
 * day. The model's units and every occupancy through `to` are ONE Query of its calendar
 * (`readModelCalendar`). The point's opening days and the model's points need those two items:
 * one BatchGetItem sent at the same time as the Query (not after it), so the answer takes one
 * round trip. Copying each point's hours and closures into every model's calendar would save that
 * read at the price of copies to keep in step whenever a point changes; the read is kept.
 */
export const readAvailability = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'config'>,
  options: { modelId: string; pointId: string; from: Day; to: Day },
): Promise<Read<AvailabilityView>> => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  checkPeriod(options.from, options.to, today);
  const [{ model, point }, calendar] = await Promise.all([
    readModelAndPoint(deps, options.modelId, options.pointId),
    readModelCalendar(deps, options.modelId, options.to),
  ]);
  if (!model) throw new AppError('not-found', `There is no model "${options.modelId}".`);
  if (!point || !model.pointIds.includes(point.id))
    throw invalidField('query', 'point', `“${model.name}” is not lent at “${options.pointId}”`);
  const days = daysBetween(options.from, options.to);
  const free = freeUnitsByDay(calendar, point.id, days, now);
  return {
    view: {
      modelId: model.id,
      pointId: point.id,
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
