import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transactExplained } from '../../platform/transact.ts';
import { findCategory } from '../categories.ts';
import { daysBetween } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { ReservationRecord } from '../records.ts';
import { getModel } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { ownUpcomingReservation } from './own-reservation.ts';
import { sendReservationNotice } from './reservation-mail.ts';
import { toReservationView } from './reservation-view.ts';
import { cancelTransaction } from './transaction-items.ts';
import { unitDaysFreed } from './unit-freed.ts';

/** How many times a cancellation that found its reservation changed under it (a date change landing) reads it again. */
const ATTEMPTS = 3;

/**
 * The owner cancels a reservation still to come: in one transaction, every day released (each
 * only if it is still this reservation's), the reservation cancelled (only if unchanged since
 * read), the counters given back. Then the freed days go to whoever waits for them.
 */
export const cancelReservation = async (deps: AppDeps, options: { viewer: Viewer; reservationId: string }) => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = deps.clock.now();
    const today = cityDay(now, deps.config.timeZone);
    const before = await ownUpcomingReservation(deps, options.viewer, options.reservationId, today);
    const category = findCategory(before.category);
    if (!category) throw new Error(`Reservation ${before.id} names the unknown category ${before.category}`);
    const at = now.toISOString();
    const cancelled: ReservationRecord = { ...before, status: 'cancelled', cancelledAt: at, updatedAt: at };
    const outcome = await transactExplained(deps, cancelTransaction(deps, before, cancelled, category.limits).items);
    if (outcome.written) {
      await availabilityChanged(deps, before.modelId);
      await unitDaysFreed(deps, {
        modelId: before.modelId,
        pointId: before.pointId,
        unitId: before.unitId,
        days: daysBetween(before.pickUp, before.returnDay),
      });
      const [model, point] = await Promise.all([getModel(deps, before.modelId), getPoint(deps, before.pointId)]);
      if (model && point) {
        await sendReservationNotice(deps, 'cancelled', {
          reservation: cancelled,
          model,
          point,
          person: options.viewer,
        });
      }
      return toReservationView(cancelled, { model, point }, today);
    }
    // Changed meanwhile (its dates moved, or it was cancelled in another tab): read it again.
  }
  throw new AppError('conflict', 'This reservation keeps changing; try again in a moment.');
};
