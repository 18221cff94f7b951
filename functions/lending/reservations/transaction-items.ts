import type { AppDeps } from '../../platform/deps.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { certificationCheck } from '../../training/public.ts';
import type { CategoryLimits } from '../categories.ts';
import { daysBetween } from '../opening-days.ts';
import type { Day, ReservationRecord } from '../records.ts';
import { giveBackActiveItem, takeActiveItem, windowDeltaItem } from '../store/limits.ts';
import { claimDayItem, releaseDayItem } from '../store/occupancy.ts';
import { createReservationItem, replaceReservationItem } from '../store/reservations.ts';
import { unitLendableCheck } from '../store/units.ts';
import { dayChanges } from './day-changes.ts';
import { netWindowDeltas, windowContributions } from './limit-windows.ts';

/** What one item of a reservation's transaction stands for: a refusal names items by index, this says which rule. */
export type ItemRole =
  | { role: 'day'; day: Day }
  | { role: 'release'; day: Day }
  | { role: 'reservation' }
  | { role: 'active' }
  | { role: 'window'; endDay: Day; delta: number }
  | { role: 'unit' }
  | { role: 'certification' }
  /** Added by the waiting list and the open figures (`ReserveExtras`). */
  | { role: 'claim' }
  | { role: 'first-borrower' }
  | { role: 'outcome' };

/**
 * What a reservation's transaction may carry besides its own items: a claim of a waiting-list
 * hold (`holdOf`: the entry the hold was offered to, whose live hold the days may then take,
 * and the entry's own item marked claimed), the first-time borrower's marker, the month's figures.
 */
export interface ReserveExtras {
  holdOf?: string;
  items?: { item: TransactItem; role: ItemRole }[];
}

/** A transaction's items, each with what it stands for (same order). */
export interface RoledTransaction {
  items: TransactItem[];
  roles: ItemRole[];
}

type Table = Pick<AppDeps, 'tableName'>;

const builder = () => {
  const built: RoledTransaction = { items: [], roles: [] };
  return {
    add: (item: TransactItem, role: ItemRole) => {
      built.items.push(item);
      built.roles.push(role);
    },
    built,
  };
};

const windowItems = (
  deps: Table,
  add: (item: TransactItem, role: ItemRole) => void,
  reservation: ReservationRecord,
  limits: CategoryLimits,
  deltas: Map<Day, number>,
) => {
  for (const [endDay, delta] of deltas) {
    add(
      windowDeltaItem(deps, {
        userId: reservation.userId,
        category: reservation.category,
        endDay,
        delta,
        max: limits.daysInWindow,
      }),
      { role: 'window', endDay, delta },
    );
  }
};

/**
 * The one transaction of a new reservation: every day of its unit (free or an expired hold),
 * the reservation, the person's counters (reservations at once, days in every window it
 * touches), the unit still in service at the point (a unit taken out of service after the
 * calendar was read fails like a taken day: the next unit) and, when the category needs
 * training, the certification check.
 */
export const reserveTransaction = (
  deps: Table,
  reservation: ReservationRecord,
  limits: CategoryLimits,
  now: Date,
  extras: ReserveExtras = {},
): RoledTransaction => {
  const { add, built } = builder();
  for (const day of daysBetween(reservation.pickUp, reservation.returnDay)) {
    add(
      claimDayItem(
        deps,
        {
          unitId: reservation.unitId,
          modelId: reservation.modelId,
          pointId: reservation.pointId,
          day,
          kind: 'reservation',
          reservationId: reservation.id,
        },
        now,
        extras.holdOf,
      ),
      { role: 'day', day },
    );
  }
  add(createReservationItem(deps, reservation), { role: 'reservation' });
  add(takeActiveItem(deps, reservation.userId, reservation.category, limits.reservationsAtOnce), { role: 'active' });
  windowItems(deps, add, reservation, limits, windowContributions(reservation, limits.windowDays));
  add(unitLendableCheck(deps, reservation.modelId, reservation.unitId, reservation.pointId), { role: 'unit' });
  const check = certificationCheck(deps, reservation.userId, reservation.category, now);
  if (check) add(check, { role: 'certification' });
  for (const extra of extras.items ?? []) add(extra.item, extra.role);
  return built;
};

/**
 * The one transaction of a date change on the same unit: released days deleted (each only if it
 * is still this reservation's), new days claimed (as any claim), kept days untouched, the
 * reservation replaced (still reserved, unchanged since it was read), and each window counter
 * moved by its net delta (a transaction touches an item once). When days are added, the unit
 * must still be in service at the point and the certification is checked again: a revoked
 * person, or a unit taken out of service, keeps what was held but takes nothing more.
 */
export const changeDatesTransaction = (
  deps: Table,
  before: ReservationRecord,
  after: ReservationRecord,
  limits: CategoryLimits,
  now: Date,
): RoledTransaction => {
  const { add, built } = builder();
  const { released, claimed } = dayChanges(before, after);
  for (const day of released) add(releaseDayItem(deps, before.unitId, day, before.id), { role: 'release', day });
  for (const day of claimed) {
    add(
      claimDayItem(
        deps,
        {
          unitId: after.unitId,
          modelId: after.modelId,
          pointId: after.pointId,
          day,
          kind: 'reservation',
          reservationId: after.id,
        },
        now,
      ),
      { role: 'day', day },
    );
  }
  add(replaceReservationItem(deps, after, before.updatedAt), { role: 'reservation' });
  windowItems(deps, add, after, limits, netWindowDeltas(before, after, limits.windowDays));
  // New days are taken on the unit only while it is in service (kept days stay the person's).
  if (claimed.length > 0) add(unitLendableCheck(deps, after.modelId, after.unitId, after.pointId), { role: 'unit' });
  const check = claimed.length > 0 ? certificationCheck(deps, after.userId, after.category, now) : undefined;
  if (check) add(check, { role: 'certification' });
  return built;
};

/** The one transaction of a cancellation: every day released (conditioned), the reservation cancelled, the counters given back. */
export const cancelTransaction = (
  deps: Table,
  before: ReservationRecord,
  cancelled: ReservationRecord,
  limits: CategoryLimits,
): RoledTransaction => {
  const { add, built } = builder();
  for (const day of daysBetween(before.pickUp, before.returnDay)) {
    add(releaseDayItem(deps, before.unitId, day, before.id), { role: 'release', day });
  }
  add(replaceReservationItem(deps, cancelled, before.updatedAt), { role: 'reservation' });
  add(giveBackActiveItem(deps, before.userId, before.category), { role: 'active' });
  const giveBack = new Map([...windowContributions(before, limits.windowDays)].map(([end, days]) => [end, -days]));
  windowItems(deps, add, before, limits, giveBack);
  return built;
};
