import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { Day, ReservationRecord } from '../records.ts';
import { getReservation } from '../store/reservations.ts';

/**
 * The viewer's own reservation, still to come, for a change: 404 when there is none, 403 when it
 * is someone else's (no one acts on another person's reservation here; staff will, at their
 * point, in part 2), 409 once it is cancelled or its pick-up day has come (it is out, or due:
 * return it at the point).
 */
export const ownUpcomingReservation = async (
  deps: AppDeps,
  viewer: Viewer,
  reservationId: string,
  today: Day,
): Promise<ReservationRecord> => {
  const reservation = await getReservation(deps, reservationId);
  if (!reservation) throw new AppError('not-found', 'There is no such reservation.');
  if (reservation.userId !== viewer.id) throw new AppError('forbidden', 'This reservation is someone else’s.');
  if (reservation.status !== 'reserved') throw new AppError('conflict', 'This reservation is cancelled.');
  if (reservation.pickUp <= today) {
    throw new AppError('conflict', 'The pick-up day has come: this loan can no longer be changed or cancelled here.');
  }
  return reservation;
};
