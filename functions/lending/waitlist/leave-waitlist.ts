import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { daysBetween } from '../opening-days.ts';
import type { WaitingEntryRecord } from '../records.ts';
import { getModel } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { getEntry, releaseHoldDayItem, replaceEntryItem } from '../store/waitlist.ts';
import { offerFreedDays } from './offer-freed-days.ts';
import { holdIsLive } from './waiting-order.ts';
import { toWaitingView } from './waiting-view.ts';

const ATTEMPTS = 3;

/**
 * Takes an entry off the list, in one transaction: the entry marked left (only if unchanged
 * since read) and, when it was offered a hold still running, the hold's days released (each
 * only if it is still this entry's hold). A hold released is offered to the next person at once.
 * False when it changed meanwhile (read it again).
 */
export const leaveEntry = async (
  deps: AppDeps,
  entry: WaitingEntryRecord,
  now: Date,
): Promise<WaitingEntryRecord | false> => {
  const left: WaitingEntryRecord = { ...entry, status: 'left', updatedAt: now.toISOString() };
  const held =
    entry.status === 'offered' && entry.offer && holdIsLive(entry.offer.holdExpiresAt, now) ? entry.offer : undefined;
  const days = daysBetween(entry.pickUp, entry.returnDay);
  const written = await transact(deps, [
    replaceEntryItem(deps, left, entry),
    ...(held ? days.map((day) => releaseHoldDayItem(deps, held.unitId, day, entry.id)) : []),
  ]);
  if (!written) return false;
  // An offer, live or ended unclaimed: its days go to the next person now, not at the daily task.
  if (entry.status === 'offered' && entry.offer) {
    await offerFreedDays(deps, { modelId: entry.modelId, pointId: entry.pointId, unitId: entry.offer.unitId, days });
  }
  return left;
};

/** The person leaves the waiting list (404 unknown, 403 someone else's, 409 no longer on it). */
export const leaveWaitlist = async (deps: AppDeps, options: { viewer: Viewer; entryId: string }) => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = deps.clock.now();
    const entry = await getEntry(deps, options.entryId);
    if (!entry) throw new AppError('not-found', 'There is no such waiting-list entry.');
    if (entry.userId !== options.viewer.id) throw new AppError('forbidden', 'This entry is someone else’s.');
    if (entry.status !== 'waiting' && entry.status !== 'offered') {
      throw new AppError('conflict', `This entry is no longer on the waiting list (${entry.status}).`);
    }
    const left = await leaveEntry(deps, entry, now);
    if (left) {
      const [model, point] = await Promise.all([getModel(deps, entry.modelId), getPoint(deps, entry.pointId)]);
      return toWaitingView(left, { model, point }, now, cityDay(now, deps.config.timeZone));
    }
    // Offered, claimed or its hold ended meanwhile: read it again.
  }
  throw new AppError('conflict', 'This entry keeps changing; try again in a moment.');
};
