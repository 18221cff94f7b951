import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { logger } from '../../platform/logger.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { type TransactItem, transact, transactExplained } from '../../platform/transact.ts';
import { findCategory } from '../categories.ts';
import { addDays, dayCount, daysBetween } from '../opening-days.ts';
import { availabilityChanged } from '../public-paths.ts';
import type { ReservationRecord, TakeBack, UnitCondition } from '../records.ts';
import { netWindowDeltas } from '../reservations/limit-windows.ts';
import { unitDaysFreed } from '../reservations/unit-freed.ts';
import { giveBackActiveItem, windowDeltaItem } from '../store/limits.ts';
import { releaseDayItem } from '../store/occupancy.ts';
import { getReservation, replaceReservationItem } from '../store/reservations.ts';
import { unitEventItem } from '../store/unit-history.ts';
import { type ChecklistInput, checkedParts, returnFaults } from './checklist.ts';
import {
  checklistOf,
  deskLoanOrThrow,
  deskPointOrThrow,
  laterDay,
  modelAndUnitsOrThrow,
  scannedUnitOrThrow,
} from './desk-access.ts';
import { loanView } from './read-loan.ts';
import { openReturnTicket } from './return-ticket.ts';

export interface TakeBackInput {
  assetTag: string;
  checklist: ChecklistInput;
  condition: UnitCondition;
  notes?: string;
  /** The borrower's recordings were handed to them, or they declared none. */
  recordings: 'handed-over' | 'none';
  /** The card was wiped (a privacy duty: recordings of other people leave with the borrower only). */
  cardWiped: true;
}

/**
 * Staff take a loan back: the unit scanned must be this loan's (409 naming both otherwise), the
 * checklist this loan's (409), the loan `out` (409). ONE transaction: the loan `returned` (only
 * while out and unchanged), its person's "at once" counter given back (unless the daily task
 * already did), on an early return the days still to come released (each only if still this
 * loan's) with their window days given back, and the unit's history. A late return records how
 * many days late. Then the freed days go to the waiting list, or, when parts are missing or
 * damaged or the unit came back damaged, a maintenance ticket is opened instead.
 */
export const takeBackLoan = async (
  deps: AppDeps,
  options: { viewer: Viewer; pointId: string; reservationId: string; input: TakeBackInput },
) => {
  const { viewer, pointId, reservationId, input } = options;
  const point = await deskPointOrThrow(deps, viewer, pointId);
  const before = await deskLoanOrThrow(deps, pointId, reservationId);
  checklistOf(before, input.checklist.reservationId);
  if (before.status !== 'out' || !before.handOver)
    throw new AppError('conflict', `This loan is ${before.status}, not out: there is nothing to take back.`, {
      extensions: { loanStatus: before.status },
    });
  const { model, units } = await modelAndUnitsOrThrow(deps, before.modelId);
  const { unit } = await scannedUnitOrThrow(deps, input.assetTag, { point, model });
  if (unit.id !== before.unitId) {
    const lent = units.find((candidate) => candidate.id === before.unitId);
    throw new AppError('conflict', `${unit.assetTag} is not the unit of this loan (${lent?.assetTag ?? '?'}).`, {
      extensions: { wrong: 'unit', assetTag: unit.assetTag, expected: lent?.assetTag },
    });
  }
  const category = findCategory(before.category);
  if (!category) throw new Error(`Loan ${before.id} names the unknown category ${before.category}`);
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = cityDay(now, deps.config.timeZone);
  const parts = checkedParts(before.handOver.parts, input.checklist.parts);
  const faults = returnFaults(before.handOver.parts, parts);
  const lateDays = today > before.returnDay ? dayCount(before.returnDay, today) - 1 : 0;
  const takeBack: TakeBack = {
    at,
    by: viewer.id,
    parts,
    condition: input.condition,
    ...(input.notes ? { notes: input.notes } : {}),
    recordings: input.recordings,
    cardWiped: true,
    lateDays,
  };
  const after: ReservationRecord = { ...before, status: 'returned', takeBack, updatedAt: at };
  // Back on the shelf now: today and the days after it are free again (nothing on a late return).
  const freed = today <= before.returnDay ? daysBetween(laterDay(today, before.pickUp), before.returnDay) : [];
  const items: TransactItem[] = [replaceReservationItem(deps, after, before.updatedAt, 'out')];
  if (!before.activeReleasedAt) items.push(giveBackActiveItem(deps, before.userId, before.category));
  for (const day of freed) items.push(releaseDayItem(deps, before.unitId, day, before.id));
  if (freed.length > 0) {
    const kept = { pickUp: before.pickUp, returnDay: addDays(freed[0] as string, -1) };
    for (const [endDay, delta] of netWindowDeltas(before, kept, category.limits.windowDays))
      items.push(
        windowDeltaItem(deps, {
          userId: before.userId,
          category: before.category,
          endDay,
          delta,
          max: category.limits.daysInWindow,
        }),
      );
  }
  const hasFaults = faults.missing.length > 0 || faults.damaged.length > 0 || input.condition === 'damaged';
  items.push(
    unitEventItem(deps, {
      unitId: before.unitId,
      at,
      kind: 'returned',
      by: viewer.id,
      reservationId: before.id,
      // Facts, not sentences: the unit page says them in its reader's language.
      condition: input.condition,
      ...(lateDays > 0 ? { lateDays } : {}),
      ...(faults.missing.length > 0 ? { missing: faults.missing } : {}),
      ...(faults.damaged.length > 0 ? { damaged: faults.damaged } : {}),
      ...(input.notes ? { note: input.notes } : {}),
    }),
  );
  const outcome = await transactExplained(deps, items);
  if (!outcome.written) {
    const current = await getReservation(deps, before.id);
    throw new AppError(
      'conflict',
      current?.status === 'returned'
        ? 'This loan has just been taken back (by someone else at the desk).'
        : 'This loan changed meanwhile: open it again.',
      { extensions: { loanStatus: current?.status } },
    );
  }
  if (freed.length > 0) await availabilityChanged(deps, before.modelId);
  let stored = after;
  if (hasFaults) {
    const ticket = await openReturnTicket(deps, {
      by: viewer.id,
      modelId: before.modelId,
      unitId: before.unitId,
      reservationId: before.id,
      missing: faults.missing,
      damaged: faults.damaged,
      // The staff's own words only: the ticket's page names the missing and damaged parts from
      // `fromReturn`, in its reader's language.
      reason: input.notes ?? '',
    });
    if (ticket) {
      const withTicket: ReservationRecord = { ...after, takeBack: { ...takeBack, ticketId: ticket.id } };
      // The loan names its ticket; a failure here leaves the ticket (it names the loan) and is logged.
      if (await transact(deps, [replaceReservationItem(deps, withTicket, after.updatedAt, 'returned')]))
        stored = withTicket;
      else logger.warn('ticket not recorded on the returned loan', { reservationId: before.id, ticketId: ticket.id });
    }
  } else if (freed.length > 0) {
    await unitDaysFreed(deps, { modelId: before.modelId, pointId, unitId: before.unitId, days: freed });
  }
  return loanView(deps, stored, today, { staff: true, point });
};
