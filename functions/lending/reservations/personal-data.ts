import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { PersonalDataPart } from '../../platform/personal-data-part.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { transact } from '../../platform/transact.ts';
import { inBatch } from '../../platform/work.ts';
import { findCategory } from '../categories.ts';
import { daysBetween } from '../opening-days.ts';
import type { ReservationRecord } from '../records.ts';
import { deleteBorrowerCounter, listBorrowerCounters } from '../store/limits.ts';
import { getModel } from '../store/models.ts';
import { anonymiseReservation, listReservationsOf } from '../store/reservations.ts';
import { loanPhase } from './reservation-view.ts';
import { cancelTransaction } from './transaction-items.ts';
import { unitDaysFreed } from './unit-freed.ts';

/**
 * Lending's share of a person's data: their reservations (every field, cancelled ones too) and
 * their limit counters.
 *
 * Erasure, decided so:
 * - refused (409) while a reservation is upcoming or current: the city must get its equipment
 *   back, and a reservation nobody can be reached about would hold a unit for nothing. The
 *   problem lists each one, with what to do (cancel an upcoming one; return a current one).
 * - past reservations (returned, or cancelled) are anonymised: the person's id goes, and the
 *   item leaves their loans; the model, category, point, unit, days, status and dates stay, for
 *   the monthly figures (requests, loans). Their occupancy items never named the person.
 * - an upcoming reservation made in the moment between the check and the erasure (the account
 *   stops at once, so only an in-flight request could) is cancelled first, its days released,
 *   then anonymised like any other.
 * - the limit counters are deleted (how much a person borrowed, per window).
 */
export const lendingPersonalData: PersonalDataPart = {
  name: 'lending',
  export: async (deps, person) => ({
    reservations: await listReservationsOf(deps, person.id),
    counters: (await listBorrowerCounters(deps, person.id)).map(({ key, count, days }) => ({
      counter: key.sk,
      ...(count === undefined ? {} : { reservationsAtOnce: count }),
      ...(days === undefined ? {} : { daysInWindow: days }),
    })),
  }),
  refuseErasure: async (deps, person) => {
    const today = cityDay(deps.clock.now(), deps.config.timeZone);
    const held = (await listReservationsOf(deps, person.id)).filter((r) => loanPhase(r, today) !== 'past');
    if (held.length === 0) return undefined;
    const named = await Promise.all(
      held.map(async (r) => ({
        id: r.id,
        model: (await getModel(deps, r.modelId))?.name ?? r.modelId,
        pickUp: r.pickUp,
        returnDay: r.returnDay,
        todo: loanPhase(r, today) === 'upcoming' ? ('cancel' as const) : ('return' as const),
      })),
    );
    return new AppError(
      'conflict',
      `Your account cannot be erased while equipment is reserved or out: ${named
        .map((r) => `${r.todo === 'cancel' ? 'cancel' : 'return'} ${r.model} (${r.pickUp} to ${r.returnDay})`)
        .join('; ')}.`,
      { extensions: { lending: named } },
    );
  },
  erase: async (deps, { user, limit }) => {
    const [reservations, counters] = await Promise.all([
      listReservationsOf(deps, user.id),
      listBorrowerCounters(deps, user.id),
    ]);
    const at = deps.clock.now().toISOString();
    const today = cityDay(deps.clock.now(), deps.config.timeZone);
    return inBatch(
      [
        ...reservations.map((reservation) => () => anonymise(deps, reservation, today, at)),
        // Counters last: a cancellation above gives back to them first.
        ...counters.map(
          ({ key }) =>
            () =>
              deleteBorrowerCounter(deps, key),
        ),
      ],
      limit,
    );
  },
};

/** One reservation without its person; an upcoming one is cancelled first (its days freed). Safe to repeat. */
const anonymise = async (deps: AppDeps, reservation: ReservationRecord, today: string, at: string) => {
  let current = reservation;
  if (current.status === 'reserved' && current.pickUp > today) {
    const category = findCategory(current.category);
    const cancelled: ReservationRecord = { ...current, status: 'cancelled', cancelledAt: at, updatedAt: at };
    if (category && (await transact(deps, cancelTransaction(deps, current, cancelled, category.limits).items))) {
      await unitDaysFreed(deps, {
        modelId: current.modelId,
        pointId: current.pointId,
        unitId: current.unitId,
        days: daysBetween(current.pickUp, current.returnDay),
      });
      current = cancelled;
    }
  }
  // Refused only when it changed meanwhile: the next step reads it again.
  await anonymiseReservation(deps, current, at);
};
