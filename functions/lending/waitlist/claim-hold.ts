import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transactExplained } from '../../platform/transact.ts';
import type { ReservationRecord } from '../records.ts';
import { limitRefusal, trainingRefusal } from '../reservations/refusals.ts';
import { sendReservationNotice } from '../reservations/reservation-mail.ts';
import { toReservationView } from '../reservations/reservation-view.ts';
import { reservableOrThrow } from '../reservations/reserve-equipment.ts';
import { reserveTransaction } from '../reservations/transaction-items.ts';
import { getEntry, replaceEntryItem } from '../store/waitlist.ts';
import { borrowerItems, countedAttempt } from './outcome-figures.ts';
import { holdIsLive } from './waiting-order.ts';

/**
 * The person claims the unit held for them: a reservation of the held unit for the entry's days,
 * in the ONE transaction of any reservation (its limits, its certification check), whose days may
 * take this entry's own live hold, and only it (`holdOf`), with the entry marked claimed (only if
 * it is still offered, unchanged). Nobody else's reservation can take those days before the hold
 * ends; after it ends, they are free to anyone, and the claim finds them taken (409).
 */
export const claimHold = (deps: AppDeps, options: { viewer: Viewer; entryId: string }) =>
  countedAttempt(deps, () => claimOnce(deps, options));

const claimOnce = async (deps: AppDeps, { viewer, entryId }: { viewer: Viewer; entryId: string }) => {
  const now = deps.clock.now();
  const today = cityDay(now, deps.config.timeZone);
  const entry = await getEntry(deps, entryId);
  if (!entry) throw new AppError('not-found', 'There is no such waiting-list entry.');
  if (entry.userId !== viewer.id) throw new AppError('forbidden', 'This entry is someone else’s.');
  if (entry.status !== 'offered' || !entry.offer) {
    throw new AppError('conflict', 'Nothing is held for this entry to claim.', { extensions: { held: false } });
  }
  if (!holdIsLive(entry.offer.holdExpiresAt, now) || entry.pickUp < today) {
    throw new AppError('conflict', 'The hold has ended: the unit went back to the list.', {
      extensions: { held: false, holdEnded: true },
    });
  }
  const { model, point, category } = await reservableOrThrow(deps, entry.modelId, entry.pointId);
  const at = now.toISOString();
  const reservation: ReservationRecord = {
    id: randomUUID(),
    userId: viewer.id,
    modelId: model.id,
    category: category.id,
    pointId: point.id,
    unitId: entry.offer.unitId,
    pickUp: entry.pickUp,
    returnDay: entry.returnDay,
    status: 'reserved',
    termsAcceptedAt: at,
    createdAt: at,
    updatedAt: at,
  };
  const claimed = { ...entry, status: 'claimed' as const, reservationId: reservation.id, updatedAt: at };
  // Twice at most: once more without the first-borrower marker when their first reservation landed meanwhile.
  for (let attempt = 0; attempt < 2; attempt++) {
    const extras = await borrowerItems(deps, { userId: viewer.id, reservationId: reservation.id, now, claims: 1 });
    const transaction = reserveTransaction(deps, reservation, category.limits, now, {
      holdOf: entry.id,
      items: [{ item: replaceEntryItem(deps, claimed, entry), role: { role: 'claim' } }, ...extras],
    });
    const outcome = await transactExplained(deps, transaction.items);
    if (outcome.written) {
      await sendReservationNotice(deps, 'confirmed', { reservation, model, point, person: viewer });
      return toReservationView(reservation, { model, point }, today);
    }
    const failed = outcome.failed.map((index) => transaction.roles[index]).filter((role) => role !== undefined);
    if (failed.length > 0 && failed.every((role) => role.role === 'first-borrower')) continue;
    if (failed.some((role) => role.role === 'certification')) {
      const refused = await trainingRefusal(deps, viewer, category.id, now);
      if (refused) throw refused;
    }
    if (failed.some((role) => role.role === 'active' || role.role === 'window')) {
      throw await limitRefusal(deps, { userId: viewer.id, category, failed, today });
    }
    break;
  }
  throw new AppError('conflict', 'The hold changed meanwhile (claimed in another tab, left, or ended).', {
    extensions: { held: false },
  });
};
