/** A lending point as the API answers it (`GET /api/lending/points`), the types taken from the API's own. */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';
import type { WaitingView } from './waitlist-calls.ts';

export type LendingPoint = InferResponseType<(typeof api.api.lending.points)[':id']['$get'], 200>;

/** What the reservations API answers, as the islands read it. */
export interface LoanView {
  id: string;
  model: { id: string; name: string };
  category: string;
  point: { id: string; name: string; address: string };
  pickUp: string;
  returnDay: string;
  status: 'reserved' | 'out' | 'returned' | 'cancelled' | 'no-show';
  phase: 'upcoming' | 'current' | 'past';
}

export interface MyLoans {
  today: string;
  upcoming: LoanView[];
  current: LoanView[];
  past: LoanView[];
  /** The waiting lists the person is on (`waitlist-calls.ts`). */
  waiting?: WaitingView[];
}

/** The extensions of the reservation problems the islands explain. */
export interface ReservationProblem {
  status: number;
  errors?: { path: string }[];
  requiredTraining?: { moduleId: string; title: { fr: string; en: string } };
  link?: string;
  nextFree?: { pickUp: string; returnDay: string }[];
  /** A date change adding days to a unit taken out of service meanwhile. */
  unitOutOfService?: boolean;
  limit?: {
    kind: 'reservations-at-once' | 'days-in-window';
    max: number;
    freesOn?: string;
    windowDays?: number;
    window?: { from: string; to: string };
    held?: number;
  };
}

/** A calendar day (YYYY-MM-DD) in the page's language, e.g. "mercredi 2 décembre 2026". */
export const dayText = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
