import type { Day, LendingPointRecord, ModelRecord, WaitingEntryRecord, WaitingStatus } from '../records.ts';
import { holdIsLive } from './waiting-order.ts';

/**
 * A waiting entry as its person sees it. An offer whose hold has ended shows as `expired` even
 * before the daily task records it (the conditions already treat its days as free), and an entry
 * still waiting when its pick-up day has passed as `lapsed`.
 */
export const toWaitingView = (
  entry: WaitingEntryRecord,
  names: { model?: Pick<ModelRecord, 'name'>; point?: Pick<LendingPointRecord, 'name' | 'address'> },
  now: Date,
  today: Day,
) => {
  const offerLive =
    entry.status === 'offered' && entry.offer !== undefined && holdIsLive(entry.offer.holdExpiresAt, now);
  const status: WaitingStatus | 'lapsed' =
    entry.status === 'offered' && !offerLive
      ? 'expired'
      : entry.status === 'waiting' && entry.pickUp < today
        ? 'lapsed'
        : entry.status;
  return {
    id: entry.id,
    model: { id: entry.modelId, name: names.model?.name ?? entry.modelId },
    point: { id: entry.pointId, name: names.point?.name ?? entry.pointId, address: names.point?.address ?? '' },
    pickUp: entry.pickUp,
    returnDay: entry.returnDay,
    status,
    joinedAt: entry.joinedAt,
    holdExpiresAt: offerLive ? (entry.offer?.holdExpiresAt ?? null) : null,
    reservationId: entry.reservationId ?? null,
  };
};

export type WaitingView = ReturnType<typeof toWaitingView>;
