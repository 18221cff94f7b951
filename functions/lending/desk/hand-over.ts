import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { type TransactItem, transactExplained } from '../../platform/transact.ts';
import { daysBetween } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { Day, HandOver, ReservationRecord, UnitCondition, UnitRecord } from '../records.ts';
import { unitDaysFreed } from '../reservations/unit-freed.ts';
import { claimDayItem, releaseDayItem } from '../store/occupancy.ts';
import { getReservation, replaceReservationItem } from '../store/reservations.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { unitLendableCheck } from '../store/units.ts';
import { type ChecklistInput, checkedParts } from './checklist.ts';
import {
  checklistOf,
  deskLoanOrThrow,
  deskPointOrThrow,
  laterDay,
  modelAndUnitsOrThrow,
  scannedUnitOrThrow,
} from './desk-access.ts';
import { loanView } from './read-loan.ts';

export interface HandOverInput {
  /** The tag scanned (or typed): the reservation's unit, or another free unit of its model (a swap). */
  assetTag: string;
  checklist: ChecklistInput;
  condition: UnitCondition;
  notes?: string;
  /** Staff checked who the borrower is (the reservation's person). */
  borrowerConfirmed: true;
}

type Role = 'reservation' | 'unit' | 'day' | 'release' | 'history';

/**
 * The items of a hand-over: the reservation `out` (only while still reserved and unchanged: two
 * staff handing it over at once, one lands), the unit still in service at the point, the unit's
 * history. A swap adds, in the SAME transaction, the remaining days released on the reserved
 * unit (each only if still this reservation's) and claimed on the scanned one (each only if free).
 */
const handOverItems = (
  deps: AppDeps,
  before: ReservationRecord,
  after: ReservationRecord,
  unit: UnitRecord,
  remaining: Day[],
  now: Date,
) => {
  const items: TransactItem[] = [];
  const roles: Role[] = [];
  const add = (item: TransactItem, role: Role) => {
    items.push(item);
    roles.push(role);
  };
  const at = now.toISOString();
  add(replaceReservationItem(deps, after, before.updatedAt, 'reserved'), 'reservation');
  add(unitLendableCheck(deps, unit.modelId, unit.id, unit.pointId), 'unit');
  if (unit.id !== before.unitId) {
    for (const day of remaining) add(releaseDayItem(deps, before.unitId, day, before.id), 'release');
    for (const day of remaining) {
      add(
        claimDayItem(
          deps,
          {
            unitId: unit.id,
            modelId: unit.modelId,
            pointId: unit.pointId,
            day,
            kind: 'reservation',
            reservationId: before.id,
          },
          now,
        ),
        'day',
      );
    }
    add(
      unitEventItem(deps, {
        unitId: before.unitId,
        at,
        kind: 'swapped-out',
        by: after.handOver?.by ?? '',
        reservationId: before.id,
        otherTag: unit.assetTag,
      }),
      'history',
    );
  }
  add(
    unitEventItem(deps, {
      unitId: unit.id,
      at,
      kind: 'handed-over',
      by: after.handOver?.by ?? '',
      reservationId: before.id,
      ...(after.handOver ? { condition: after.handOver.condition } : {}),
      ...(after.handOver?.notes ? { note: after.handOver.notes } : {}),
    }),
    'history',
  );
  return { items, roles };
};

/** Why a hand-over's transaction was refused, told from the items that failed and the reservation as it is now. */
const refusal = async (deps: AppDeps, before: ReservationRecord, unit: UnitRecord, failed: Role[]) => {
  const now = await getReservation(deps, before.id);
  if (now && (now.status !== before.status || now.updatedAt !== before.updatedAt))
    return new AppError(
      'conflict',
      now.status === 'out'
        ? 'This reservation has just been handed over (by someone else at the desk).'
        : `This reservation is ${now.status} now.`,
      { extensions: { loanStatus: now.status } },
    );
  if (failed.includes('unit'))
    return new AppError(
      'conflict',
      `${unit.assetTag} is not in service (maintenance or retired): scan another unit of the model.`,
      { extensions: { unitOutOfService: true, assetTag: unit.assetTag } },
    );
  if (failed.includes('day'))
    return new AppError('conflict', `${unit.assetTag} is taken on some of these days: scan another unit.`, {
      extensions: { taken: true, assetTag: unit.assetTag },
    });
  return new AppError('conflict', 'The loan changed meanwhile: open it again.');
};

/**
 * Staff hand a reserved unit over: the tag scanned must be a unit of the reservation's model at
 * this point (409 naming both otherwise); the reserved unit, or another free one of the model
 * (swapped in the same transaction). The checklist must be this reservation's (409). On its
 * pick-up day or later, until its return day. The loan starts: status `out`.
 */
export const handOverLoan = async (
  deps: AppDeps,
  options: { viewer: Viewer; pointId: string; reservationId: string; input: HandOverInput },
) => {
  const { viewer, pointId, reservationId, input } = options;
  const point = await deskPointOrThrow(deps, viewer, pointId);
  const before = await deskLoanOrThrow(deps, pointId, reservationId);
  checklistOf(before, input.checklist.reservationId);
  if (before.status !== 'reserved')
    throw new AppError('conflict', `This reservation is ${before.status}: only a reservation is handed over.`, {
      extensions: { loanStatus: before.status },
    });
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  if (today < before.pickUp)
    throw new AppError('conflict', `Its pick-up day is ${before.pickUp}: hand it over from that day.`, {
      extensions: { reason: 'before-pick-up', pickUp: before.pickUp },
    });
  if (today > before.returnDay)
    throw new AppError('conflict', `Its return day (${before.returnDay}) has passed: lend a unit as a walk-in.`, {
      extensions: { reason: 'after-return-day', returnDay: before.returnDay },
    });
  const { model } = await modelAndUnitsOrThrow(deps, before.modelId);
  const { unit } = await scannedUnitOrThrow(deps, input.assetTag, { point, model });
  const at = now.toISOString();
  const handOver: HandOver = {
    at,
    by: viewer.id,
    parts: checkedParts(model.parts, input.checklist.parts),
    condition: input.condition,
    ...(input.notes ? { notes: input.notes } : {}),
  };
  const after: ReservationRecord = { ...before, unitId: unit.id, status: 'out', handOver, updatedAt: at };
  // The days still to come (past days of a late pick-up stay where they were).
  const remaining = daysBetween(laterDay(today, before.pickUp), before.returnDay);
  const { items, roles } = handOverItems(deps, before, after, unit, remaining, now);
  const outcome = await transactExplained(deps, items);
  if (!outcome.written)
    throw await refusal(
      deps,
      before,
      unit,
      outcome.failed.map((index) => roles[index] as Role),
    );
  if (unit.id !== before.unitId) {
    await availabilityChanged(deps, before.modelId);
    await unitDaysFreed(deps, { modelId: before.modelId, pointId, unitId: before.unitId, days: remaining });
  }
  return loanView(deps, after, today, { staff: true, point });
};
