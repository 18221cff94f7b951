import type { Day, LendingPointRecord, ModelRecord, ReservationRecord } from '../records.ts';

/** Where a reservation stands for its person on `today` (the city's day). */
export type LoanPhase = 'upcoming' | 'current' | 'past';

export const loanPhase = (
  reservation: Pick<ReservationRecord, 'pickUp' | 'returnDay' | 'status'>,
  today: Day,
): LoanPhase =>
  reservation.status === 'out'
    ? 'current'
    : reservation.status !== 'reserved' || reservation.returnDay < today
      ? 'past'
      : reservation.pickUp > today
        ? 'upcoming'
        : 'current';

/** A reservation as its person sees it: the model and point named, the days, the status and phase. */
export const toReservationView = (
  reservation: ReservationRecord,
  names: { model?: Pick<ModelRecord, 'id' | 'name'>; point?: Pick<LendingPointRecord, 'id' | 'name' | 'address'> },
  today: Day,
) => ({
  id: reservation.id,
  model: { id: reservation.modelId, name: names.model?.name ?? reservation.modelId },
  category: reservation.category,
  point: {
    id: reservation.pointId,
    name: names.point?.name ?? reservation.pointId,
    address: names.point?.address ?? '',
  },
  pickUp: reservation.pickUp,
  returnDay: reservation.returnDay,
  status: reservation.status,
  phase: loanPhase(reservation, today),
  createdAt: reservation.createdAt,
  updatedAt: reservation.updatedAt,
  ...(reservation.cancelledAt ? { cancelledAt: reservation.cancelledAt } : {}),
});

export type ReservationView = ReturnType<typeof toReservationView>;
