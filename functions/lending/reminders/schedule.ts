import { addDays, dayCount } from '../opening-days.ts';
import type { Day, ReservationRecord } from '../records.ts';

/**
 * Which reminder a loan is due today, if any: a pure rule (tests/unit/lending/reminder-schedule),
 * read by the daily task for each reservation on its point's desk lists.
 *
 * - `pick-up-tomorrow`: still reserved, pick-up day tomorrow;
 * - `return-tomorrow`: out, return day tomorrow;
 * - `overdue`: out, the day after the return day, then every 3 days (1, 4, 7… days late),
 *   so that a late borrower hears from the city regularly without being flooded. Each overdue
 *   notice stands for a period of 3 days (`since`: its first day): a run that could not send it
 *   on that day (the mail service refused) sends it at the next run within the period.
 */
export const NOTICES = ['pick-up-tomorrow', 'return-tomorrow', 'overdue'] as const;
export type Notice = (typeof NOTICES)[number];

/** Days between two overdue notices. */
export const OVERDUE_EVERY = 3;

export interface DueNotice {
  notice: Notice;
  /** The day the notice is for: its marker's day (today, or the first day of an overdue period). */
  since: Day;
  /** For `overdue`: how many days late today (1 the day after the return day). */
  lateDays?: number;
}

/** Days late on `today` of a loan due back on `returnDay` (0 on the return day or before). */
export const lateDaysOn = (returnDay: Day, today: Day): number =>
  today > returnDay ? dayCount(returnDay, today) - 1 : 0;

export const noticeDue = (
  reservation: Pick<ReservationRecord, 'status' | 'pickUp' | 'returnDay'>,
  today: Day,
): DueNotice | undefined => {
  const tomorrow = addDays(today, 1);
  if (reservation.status === 'reserved') {
    return reservation.pickUp === tomorrow ? { notice: 'pick-up-tomorrow', since: today } : undefined;
  }
  if (reservation.status !== 'out') return undefined;
  if (reservation.returnDay === tomorrow) return { notice: 'return-tomorrow', since: today };
  const late = lateDaysOn(reservation.returnDay, today);
  if (late === 0) return undefined;
  // The period's first day: 1, 4, 7… days late.
  const periodStart = late - ((late - 1) % OVERDUE_EVERY);
  return { notice: 'overdue', since: addDays(reservation.returnDay, periodStart), lateDays: late };
};
