import { addDays, dayCount } from '../opening-days.ts';
import type { CheckedPart, Day, LendingPointRecord, ModelRecord, ReservationRecord } from '../records.ts';

/** Names a loan view shows beside the reservation's ids. */
export interface LoanNames {
  model?: Pick<ModelRecord, 'id' | 'name' | 'parts'>;
  point?: Pick<LendingPointRecord, 'id' | 'name' | 'address' | 'hours' | 'closures' | 'contact'>;
  assetTag?: string;
  /** The borrower, for staff only (the citizen's own view leaves it out). */
  borrower?: { name: string | null; email?: string };
}

/** Days a loan out is late on `today` (0 until the day after its return day). */
export const overdueDays = (reservation: Pick<ReservationRecord, 'status' | 'returnDay'>, today: Day): number =>
  reservation.status === 'out' && reservation.returnDay < today ? dayCount(reservation.returnDay, today) - 1 : 0;

const partView = (part: CheckedPart | { name: CheckedPart['name']; quantity: number }) => ({
  name: part.name,
  quantity: part.quantity,
  ...('present' in part ? { present: part.present } : {}),
  ...('damaged' in part && part.damaged ? { damaged: true } : {}),
});

/**
 * A loan as the desk and its borrower see it: state, days, unit, the point's hours and closures
 * up to the return day (the receipt's), the parts to tick next (the model's before hand-over, the
 * parts handed over after), the hand-over and take-back records. Staff ids stay out of it.
 */
export const toLoanView = (reservation: ReservationRecord, names: LoanNames, today: Day) => ({
  id: reservation.id,
  status: reservation.status,
  walkIn: Boolean(reservation.walkIn),
  pickUp: reservation.pickUp,
  returnDay: reservation.returnDay,
  today,
  overdueDays: overdueDays(reservation, today),
  model: { id: reservation.modelId, name: names.model?.name ?? reservation.modelId },
  unit: { id: reservation.unitId, assetTag: names.assetTag ?? '' },
  point: {
    id: reservation.pointId,
    name: names.point?.name ?? reservation.pointId,
    address: names.point?.address ?? '',
    hours: names.point?.hours,
    closures: (names.point?.closures ?? []).filter(
      (closure) => closure.to >= today && closure.from <= addDays(reservation.returnDay, 7),
    ),
    contact: names.point?.contact ?? {},
  },
  ...(names.borrower ? { borrower: names.borrower } : {}),
  /** What the next checklist ticks, in order. */
  checklist: (reservation.handOver?.parts ?? names.model?.parts ?? []).map(partView),
  ...(reservation.handOver
    ? {
        handOver: {
          at: reservation.handOver.at,
          parts: reservation.handOver.parts.map(partView),
          condition: reservation.handOver.condition,
          ...(reservation.handOver.notes ? { notes: reservation.handOver.notes } : {}),
        },
      }
    : {}),
  ...(reservation.takeBack
    ? {
        takeBack: {
          at: reservation.takeBack.at,
          parts: reservation.takeBack.parts.map(partView),
          condition: reservation.takeBack.condition,
          ...(reservation.takeBack.notes ? { notes: reservation.takeBack.notes } : {}),
          recordings: reservation.takeBack.recordings,
          cardWiped: reservation.takeBack.cardWiped,
          lateDays: reservation.takeBack.lateDays,
          ...(reservation.takeBack.ticketId ? { ticketId: reservation.takeBack.ticketId } : {}),
        },
      }
    : {}),
});

export type LoanView = ReturnType<typeof toLoanView>;

/** One line of the desk's lists: who, what, which unit, which days, how late. */
export const toDeskEntry = (
  reservation: ReservationRecord,
  names: { modelName?: string; assetTag?: string; borrowerName: string | null },
  today: Day,
) => ({
  id: reservation.id,
  status: reservation.status,
  walkIn: Boolean(reservation.walkIn),
  pickUp: reservation.pickUp,
  returnDay: reservation.returnDay,
  overdueDays: overdueDays(reservation, today),
  model: { id: reservation.modelId, name: names.modelName ?? reservation.modelId },
  unit: { id: reservation.unitId, assetTag: names.assetTag ?? '' },
  borrower: { name: names.borrowerName },
});

export type DeskEntry = ReturnType<typeof toDeskEntry>;
