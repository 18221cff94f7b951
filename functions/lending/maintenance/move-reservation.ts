import { getUser } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { logger } from '../../platform/logger.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { type TransactItem, transactExplained } from '../../platform/transact.ts';
import { unitsFreeOn } from '../availability.ts';
import { findCategory } from '../categories.ts';
import { addDays, daysBetween } from '../opening-days.ts';
import type { ModelRecord, ReservationRecord, UnitRecord } from '../records.ts';
import { MAX_TRANSACTION_ITEMS } from '../reservations/limit-windows.ts';
import { nextFreeRuns } from '../reservations/next-free-runs.ts';
import { cancelTransaction } from '../reservations/transaction-items.ts';
import { readModelCalendar } from '../store/calendar.ts';
import { claimDayItem, releaseDayItem } from '../store/occupancy.ts';
import { getPoint } from '../store/points.ts';
import { getReservation, replaceReservationItem } from '../store/reservations.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { unitLendableCheck } from '../store/units.ts';
import { sendUnitUnavailableNotice, type UnitUnavailableWhy } from './maintenance-mail.ts';

/** How many times a reservation that changed under the move (a date change, a cancellation) is read again. */
const ATTEMPTS = 3;

/** What became of one reservation of a unit leaving service. */
export type MoveOutcome =
  | { outcome: 'moved'; reservation: ReservationRecord; toUnit: UnitRecord }
  | { outcome: 'cancelled'; reservation: ReservationRecord }
  /** Not to move: gone, no longer reserved (out, cancelled), already on another unit, or its pick-up day past (the daily job's no-show). */
  | { outcome: 'left'; reservationId: string };

export interface LeavingUnit {
  /** The unit leaving service, as it now is (in maintenance or retired). */
  unit: UnitRecord;
  model: ModelRecord;
  /** The staff member (user id). */
  by: string;
  why: UnitUnavailableWhy;
  ticketId?: string;
}

/**
 * One reservation on a unit that leaves service (a ticket, a retirement) moves to another unit of
 * the same model at the same point, free on all its days: ONE transaction releasing the old
 * unit's days (each only if still this reservation's), claiming the new unit's (as any claim:
 * only where no live occupancy is, the unit still in service there), the reservation replaced
 * (still reserved, unchanged since read) with `movedAt`, and the old unit's history. Same days,
 * same point, same model: nothing changes for its person. When no unit is free for its days, it is
 * cancelled as its person would (counters given back, `cancelTransaction`) and they get an e-mail
 * that says why and offers the next free dates: nobody learns it at the desk.
 */
export const moveOrCancelReservation = async (
  deps: AppDeps,
  leaving: LeavingUnit,
  reservationId: string,
): Promise<MoveOutcome> => {
  const { unit, model } = leaving;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = deps.clock.now();
    const today = cityDay(now, deps.config.timeZone);
    const before = await getReservation(deps, reservationId);
    if (before?.status !== 'reserved' || before.unitId !== unit.id || before.pickUp < today)
      return { outcome: 'left', reservationId };
    const at = now.toISOString();
    const days = daysBetween(before.pickUp, before.returnDay);
    const cause = leaving.why === 'retired' ? 'retired' : 'maintenance';
    const calendar = await readModelCalendar(deps, model.id, before.returnDay);
    const candidates = unitsFreeOn(calendar, unit.pointId, days, now).filter((other) => other.id !== unit.id);
    let changed = false;
    for (const candidate of candidates) {
      const moved: ReservationRecord = { ...before, unitId: candidate.id, movedAt: at, updatedAt: at };
      const items: TransactItem[] = [
        ...days.map((day) => releaseDayItem(deps, unit.id, day, before.id)),
        ...days.map((day) =>
          claimDayItem(
            deps,
            { unitId: candidate.id, modelId: model.id, pointId: unit.pointId, day, kind: 'reservation', reservationId },
            now,
          ),
        ),
        replaceReservationItem(deps, moved, before.updatedAt),
        unitLendableCheck(deps, model.id, candidate.id, unit.pointId),
        unitEventItem(deps, {
          unitId: unit.id,
          at,
          kind: 'swapped-out',
          by: leaving.by,
          reservationId,
          ...(leaving.ticketId ? { ticketId: leaving.ticketId } : {}),
          cause,
          otherTag: candidate.assetTag,
        }),
        unitEventItem(deps, {
          unitId: candidate.id,
          at,
          kind: 'swapped-in',
          by: leaving.by,
          reservationId,
          cause,
          otherTag: unit.assetTag,
        }),
      ];
      // A run too long to move in one transaction (over 48 days) is cancelled instead.
      if (items.length > MAX_TRANSACTION_ITEMS) break;
      const outcome = await transactExplained(deps, items);
      if (outcome.written) return { outcome: 'moved', reservation: moved, toUnit: candidate };
      // The reservation changed (or one of its days is no longer its own): read it again.
      const reservationIndex = days.length * 2;
      if (outcome.failed.some((index) => index === reservationIndex || index < days.length)) {
        changed = true;
        break;
      }
      // The candidate was taken meanwhile, or left service: the next one.
    }
    if (changed) continue;
    const cancelled = await cancelForUnit(deps, leaving, before, at);
    if (cancelled) return { outcome: 'cancelled', reservation: cancelled };
  }
  // It kept changing under us: what the person did last stands; the ticket's caller sees its days still taken.
  return { outcome: 'left', reservationId };
};

/** The cancellation of a reservation no other unit can take: one transaction, then the e-mail. Undefined when it changed meanwhile. */
const cancelForUnit = async (
  deps: AppDeps,
  leaving: LeavingUnit,
  before: ReservationRecord,
  at: string,
): Promise<ReservationRecord | undefined> => {
  const category = findCategory(before.category);
  if (!category) throw new Error(`Reservation ${before.id} names the unknown category ${before.category}`);
  const cancelled: ReservationRecord = { ...before, status: 'cancelled', cancelledAt: at, movedAt: at, updatedAt: at };
  const transaction = cancelTransaction(deps, before, cancelled, category.limits);
  const outcome = await transactExplained(deps, [
    ...transaction.items,
    unitEventItem(deps, {
      unitId: leaving.unit.id,
      at,
      kind: 'swapped-out',
      by: leaving.by,
      reservationId: before.id,
      ...(leaving.ticketId ? { ticketId: leaving.ticketId } : {}),
      cause: leaving.why === 'retired' ? 'retired' : 'maintenance',
      cancelled: true,
    }),
  ]);
  if (!outcome.written) return undefined;
  try {
    await tellCancelled(deps, leaving, cancelled);
  } catch (error) {
    // The cancellation stands (it shows in their loans); the other reservations still have to move.
    logger.warn('unit unavailable notice not prepared', { reservationId: cancelled.id, error: error as Error });
  }
  return cancelled;
};

/** The e-mail of a cancellation for maintenance or retirement, with the next free runs of the same length. */
const tellCancelled = async (deps: AppDeps, leaving: LeavingUnit, cancelled: ReservationRecord) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const [person, point] = await Promise.all([getUser(deps, cancelled.userId), getPoint(deps, cancelled.pointId)]);
  if (!person || !point) return;
  const length = daysBetween(cancelled.pickUp, cancelled.returnDay).length;
  const from = addDays(today, leaving.model.leadDays);
  const calendar = await readModelCalendar(deps, leaving.model.id, addDays(from, 60 + length));
  const runs = nextFreeRuns({ calendar, point, length, from, now });
  await sendUnitUnavailableNotice(deps, {
    reservation: cancelled,
    model: leaving.model,
    point,
    person,
    why: leaving.why,
    nextRuns: runs,
  });
};
