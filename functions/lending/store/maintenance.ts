import type { AppDeps } from '../../platform/deps.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { Day, OccupancyRecord, UnitRecord } from '../records.ts';
import { lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;

/**
 * A unit's maintenance takes its days exactly as a reservation does: one occupancy item per
 * (unit, day), at the keys every path that takes a unit shares (`lendingKeys.occupancy`, in the
 * model's calendar by `lendingKeys.calendarDay`), written only where no live occupancy is. A
 * reservation and a maintenance racing for the same unit and day meet on the same item: exactly
 * one of them is written. (The reservations' own writer is `store/occupancy.ts`; this file writes
 * and releases kind `maintenance` only.)
 */

/** Days an occupancy item stays after its day before TTL removes it (conditions never rely on TTL). */
export const OCCUPANCY_KEPT_DAYS = 3;

/** TTL of a day's occupancy (epoch seconds): the end of the day, plus a few days. */
export const occupancyExpiresAt = (day: Day): number => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date + 1 + OCCUPANCY_KEPT_DAYS) / 1000;
};

const maintenanceItem = (unit: UnitRecord, day: Day) => {
  const occupancy: OccupancyRecord = {
    unitId: unit.id,
    modelId: unit.modelId,
    pointId: unit.pointId,
    day,
    kind: 'maintenance',
  };
  return {
    ...lendingKeys.occupancy(unit.id, day),
    ...lendingKeys.calendarDay(unit.modelId, unit.id, day),
    ...occupancy,
    expiresAt: occupancyExpiresAt(day),
  };
};

/**
 * Transaction item: the unit taken for maintenance on `day`, unless the day is already taken
 * (a reservation, a live hold, another maintenance). A hold past its expiry no longer takes its
 * day, whether or not TTL has removed it yet.
 */
export const takeDayForMaintenanceItem = (deps: Table, unit: UnitRecord, day: Day, now: Date): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: maintenanceItem(unit, day),
    ConditionExpression: 'attribute_not_exists(pk) OR (kind = :hold AND holdExpiresAt <= :now)',
    ExpressionAttributeValues: { ':hold': 'hold', ':now': now.toISOString() },
  },
});

/**
 * Transaction item: the day released, only if maintenance holds it (never a reservation's day that
 * took it meanwhile); a day that is not taken at all is left as it is.
 */
export const releaseMaintenanceDayItem = (deps: Table, unitId: string, day: Day): TransactItem => ({
  Delete: {
    TableName: deps.tableName,
    Key: lendingKeys.occupancy(unitId, day),
    ConditionExpression: 'attribute_not_exists(pk) OR kind = :maintenance',
    ExpressionAttributeValues: { ':maintenance': 'maintenance' },
  },
});
