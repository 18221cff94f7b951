import type { AppDeps } from '../../platform/deps.ts';
import type { Day } from '../records.ts';
import { listUnitDays } from '../store/occupancy.ts';
import { type LeavingUnit, type MoveOutcome, moveOrCancelReservation } from './move-reservation.ts';

/**
 * Every reservation holding a day of the unit from `from` through `to` (no end: every future one,
 * for a retirement) moves to another unit or is cancelled, one after the other, each in its own
 * transaction (`moveOrCancelReservation`). Called once the unit's new status is written: from
 * then on no reservation can take the unit (every claim checks it is in service), so the strongly
 * consistent read of its days here sees every reservation there will be.
 */
export const clearUnit = async (
  deps: AppDeps,
  leaving: LeavingUnit,
  range: { from: Day; to?: Day },
): Promise<MoveOutcome[]> => {
  const days = await listUnitDays(deps, leaving.unit.id);
  const reservationIds = [
    ...new Set(
      days
        .filter((o) => o.kind === 'reservation' && o.reservationId)
        .filter((o) => o.day >= range.from && (range.to === undefined || o.day <= range.to))
        .map((o) => o.reservationId as string),
    ),
  ];
  const outcomes: MoveOutcome[] = [];
  for (const reservationId of reservationIds) {
    outcomes.push(await moveOrCancelReservation(deps, leaving, reservationId));
  }
  return outcomes;
};
