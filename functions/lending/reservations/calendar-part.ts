import type { CalendarFeedPart } from '../../platform/calendar-feed-part.ts';
import type { LendingPointRecord, ModelRecord } from '../records.ts';
import { getModel } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { listReservationsOf } from '../store/reservations.ts';
import { reservationEvents } from './reservation-mail.ts';

/** The reservations a feed shows: to pick up, out, and returned (history); not the cancelled or released ones. */
const SHOWN = new Set(['reserved', 'out', 'returned']);

/**
 * Lending's part of a person's calendar feed: each loan's pick-up and return, at its point during
 * its hours (the events its e-mails carry, same UIDs). Their loans (one Query), then each model
 * and point they name, once.
 */
export const loanCalendarPart: CalendarFeedPart = {
  name: 'lending',
  events: async (deps, person) => {
    const loans = (await listReservationsOf(deps, person.id)).filter((loan) => SHOWN.has(loan.status));
    const models = new Map<string, Promise<ModelRecord | undefined>>();
    const points = new Map<string, Promise<LendingPointRecord | undefined>>();
    for (const loan of loans) {
      if (!models.has(loan.modelId)) models.set(loan.modelId, getModel(deps, loan.modelId));
      if (!points.has(loan.pointId)) points.set(loan.pointId, getPoint(deps, loan.pointId));
    }
    const named = await Promise.all(
      loans.map(async (reservation) => ({
        reservation,
        model: await models.get(reservation.modelId),
        point: await points.get(reservation.pointId),
      })),
    );
    return named.flatMap(({ reservation, model, point }) =>
      model && point ? reservationEvents(deps, { reservation, model, point, language: person.language }) : [],
    );
  },
};
