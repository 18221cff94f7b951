import { createHash } from 'node:crypto';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { unitsFreeOn } from '../availability.ts';
import { daysBetween } from '../opening-days.ts';
import type { WaitingEntryRecord } from '../records.ts';
import { trainingRefusal } from '../reservations/refusals.ts';
import { type ReserveInput, requestedDaysOrThrow } from '../reservations/reserve-equipment.ts';
import { readModelCalendar } from '../store/calendar.ts';
import { addOutcomesItem } from '../store/outcomes.ts';
import { getEntry, joinEntryItem } from '../store/waitlist.ts';
import { offerFreedDays } from './offer-freed-days.ts';
import { cityMonth } from './outcome-figures.ts';
import { toWaitingView } from './waiting-view.ts';

/** An entry's id: the same person, model, point and days always give the same one (one entry each). */
export const waitingEntryId = (userId: string, input: ReserveInput) =>
  createHash('sha256')
    .update([userId, input.modelId, input.pointId, input.pickUp, input.returnDay].join('|'))
    .digest('hex')
    .slice(0, 32);

/**
 * A signed-in person joins the waiting list of a model at a point for a run of days that no unit
 * has free. The days follow a reservation's rules (400 naming the field); a person without the
 * training the category needs hears it now (403), not when a unit is offered. A unit free for
 * the whole run: 409 `free` (reserve it instead). Already waiting for the same days: 409
 * `alreadyWaiting`, decided by the write (the entry's id is derived from them). The join is
 * counted in the month's figures in the same transaction. A unit freed while the person was
 * joining is offered at once (to them, or to whoever was waiting before them).
 */
export const joinWaitlist = async (deps: AppDeps, options: { viewer: Viewer; input: ReserveInput }) => {
  const { viewer, input } = options;
  const now = deps.clock.now();
  const { model, point, category, today } = await requestedDaysOrThrow(deps, input, now);
  const untrained = await trainingRefusal(deps, viewer, category.id, now);
  if (untrained) throw untrained;
  const calendar = await readModelCalendar(deps, model.id, input.returnDay);
  if (unitsFreeOn(calendar, point.id, daysBetween(input.pickUp, input.returnDay), now).length > 0) {
    throw new AppError('conflict', 'A unit is free for these days: reserve it instead of waiting.', {
      extensions: { free: true },
    });
  }
  const at = now.toISOString();
  const entry: WaitingEntryRecord = {
    id: waitingEntryId(viewer.id, input),
    userId: viewer.id,
    modelId: model.id,
    pointId: point.id,
    pickUp: input.pickUp,
    returnDay: input.returnDay,
    status: 'waiting',
    joinedAt: at,
    updatedAt: at,
  };
  const written = await transact(deps, [
    joinEntryItem(deps, entry),
    addOutcomesItem(deps, cityMonth(deps, now), { waitlistJoins: 1 }),
  ]);
  if (!written) {
    throw new AppError('conflict', 'You are already on the waiting list for these days.', {
      extensions: { alreadyWaiting: true, id: entry.id },
    });
  }
  // A unit freed between the read above and the join offered its days to nobody (this entry was
  // not written yet): read again, and offer what is free now, in the list's order.
  const days = daysBetween(input.pickUp, input.returnDay);
  const again = await readModelCalendar(deps, model.id, input.returnDay);
  const freed = unitsFreeOn(again, point.id, days, deps.clock.now());
  for (const unit of freed) {
    await offerFreedDays(deps, { modelId: model.id, pointId: point.id, unitId: unit.id, days });
  }
  const stored = freed.length > 0 ? ((await getEntry(deps, entry.id)) ?? entry) : entry;
  return toWaitingView(stored, { model, point }, now, today);
};
