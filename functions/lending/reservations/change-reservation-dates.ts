import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transactExplained } from '../../platform/transact.ts';
import { addDays } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { Day, ReservationRecord } from '../records.ts';
import { dayChanges } from './day-changes.ts';
import { dayRuleErrors } from './day-rules.ts';
import { MAX_TRANSACTION_ITEMS } from './limit-windows.ts';
import { ownUpcomingReservation } from './own-reservation.ts';
import { fieldsProblem, limitRefusal, noUnitRefusal, trainingRefusal } from './refusals.ts';
import { sendReservationNotice } from './reservation-mail.ts';
import { toReservationView } from './reservation-view.ts';
import { reservableOrThrow } from './reserve-equipment.ts';
import { changeDatesTransaction } from './transaction-items.ts';
import { unitDaysFreed } from './unit-freed.ts';

/**
 * The owner moves a reservation still to come to other days, on the same unit. One transaction:
 * released days deleted (each only if still this reservation's: never someone else's, whatever
 * a read said), new days claimed (free or an expired hold), kept days untouched, the reservation
 * replaced (only if unchanged since read), each window counter moved by its net delta. The new
 * days follow the rules of a new reservation (400 naming the field); a new day taken: 409 with
 * the next free dates.
 */
export const changeReservationDates = async (
  deps: AppDeps,
  options: { viewer: Viewer; reservationId: string; pickUp: Day; returnDay: Day },
) => {
  const { viewer } = options;
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const before = await ownUpcomingReservation(deps, viewer, options.reservationId, today);
  const { model, point, category } = await reservableOrThrow(deps, before.modelId, before.pointId);
  const errors = dayRuleErrors({
    model,
    limits: category.limits,
    point,
    pickUp: options.pickUp,
    returnDay: options.returnDay,
    today,
  });
  if (errors.length > 0) throw fieldsProblem(errors);
  const at = now.toISOString();
  const after: ReservationRecord = { ...before, pickUp: options.pickUp, returnDay: options.returnDay, updatedAt: at };
  const transaction = changeDatesTransaction(deps, before, after, category.limits, now);
  if (transaction.items.length > MAX_TRANSACTION_ITEMS) {
    throw fieldsProblem([{ in: 'body', path: 'returnDay', message: 'This change moves too many days at once.' }]);
  }
  const outcome = await transactExplained(deps, transaction.items);
  if (outcome.written) {
    await availabilityChanged(deps, before.modelId);
    const { released } = dayChanges(before, after);
    if (released.length > 0) {
      await unitDaysFreed(deps, {
        modelId: before.modelId,
        pointId: before.pointId,
        unitId: before.unitId,
        days: released,
      });
    }
    await sendReservationNotice(deps, 'changed', { reservation: after, model, point, person: viewer });
    return toReservationView(after, { model, point }, today);
  }
  const failed = outcome.failed.map((index) => transaction.roles[index]).filter((role) => role !== undefined);
  if (failed.some((role) => role.role === 'reservation' || role.role === 'release')) {
    throw new AppError('conflict', 'This reservation changed meanwhile (another tab?); reload it and try again.');
  }
  if (failed.some((role) => role.role === 'unit')) {
    throw new AppError(
      'conflict',
      'The unit of this reservation was taken out of service (maintenance, retired or moved): its days stay as they were; cancel and reserve again for other days.',
      { extensions: { unitOutOfService: true } },
    );
  }
  if (failed.some((role) => role.role === 'certification')) {
    const refused = await trainingRefusal(deps, viewer, category.id, now);
    if (refused) throw refused;
  }
  if (failed.some((role) => role.role === 'window')) {
    throw await limitRefusal(deps, { userId: viewer.id, category, failed, today });
  }
  if (failed.some((role) => role.role === 'day') || failed.length === 0) {
    throw await noUnitRefusal(deps, {
      modelId: model.id,
      point,
      run: after,
      earliest: addDays(today, model.leadDays),
      now,
      ignoreReservationId: before.id,
    });
  }
  throw new AppError('conflict', 'The change was refused; reload the reservation and try again.');
};
