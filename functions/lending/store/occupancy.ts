import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { addDays } from '../opening-days.ts';
import type { Day, OccupancyRecord } from '../records.ts';
import { lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** How long an occupancy stays after its day before TTL removes it (history for a late return, short calendar reads). */
const KEPT_DAYS_AFTER = 7;

/** Epoch seconds, a few days after the day (TTL cleans up; it never decides anything). */
export const occupancyExpiresAt = (day: Day): number =>
  Math.floor(Date.parse(`${addDays(day, KEPT_DAYS_AFTER)}T00:00:00Z`) / 1000);

const occupancyItem = (occupancy: OccupancyRecord) => ({
  ...lendingKeys.occupancy(occupancy.unitId, occupancy.day),
  ...lendingKeys.calendarDay(occupancy.modelId, occupancy.unitId, occupancy.day),
  ...occupancy,
  expiresAt: occupancyExpiresAt(occupancy.day),
});

const FREE = 'attribute_not_exists(pk) OR (#kind = :hold AND holdExpiresAt < :now)';

/**
 * Transaction item: a unit taken for a day. The day must be free: no item, or a hold whose
 * expiry has passed at `now` (an expired hold still shows in reads until TTL removes it, and
 * must never block nor be relied on to have gone). Every path that takes a unit writes this.
 * A claim of a waiting-list hold (`holdOf`, the entry it was offered to) may also take a day
 * that entry's own hold still holds: only its holder can, and only before the hold ends.
 */
export const claimDayItem = (deps: Table, occupancy: OccupancyRecord, now: Date, holdOf?: string): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: occupancyItem(occupancy),
    ConditionExpression: holdOf ? `${FREE} OR (#kind = :hold AND holdFor = :me AND holdExpiresAt >= :now)` : FREE,
    ExpressionAttributeNames: { '#kind': 'kind' },
    ExpressionAttributeValues: { ':hold': 'hold', ':now': now.toISOString(), ...(holdOf ? { ':me': holdOf } : {}) },
  },
});

/**
 * Transaction item: a day a reservation gives back. Conditioned on the day belonging to that
 * reservation: a release never removes someone else's day, whatever a read said.
 */
export const releaseDayItem = (deps: Table, unitId: string, day: Day, reservationId: string): TransactItem => ({
  Delete: {
    TableName: deps.tableName,
    Key: lendingKeys.occupancy(unitId, day),
    ConditionExpression: 'reservationId = :me',
    ExpressionAttributeValues: { ':me': reservationId },
  },
});

/** Transaction item: a waiting-list hold on a unit's day, until `holdExpiresAt` (same condition as any claim). */
export const holdDayItem = (
  deps: Table,
  hold: Omit<OccupancyRecord, 'kind' | 'reservationId'> & { holdFor: string; holdExpiresAt: string },
  now: Date,
): TransactItem => claimDayItem(deps, { ...hold, kind: 'hold' }, now);

/** Every occupancy item of a unit, by day (strongly consistent: what is really stored). */
export const listUnitDays = async (deps: Db, unitId: string): Promise<OccupancyRecord[]> => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :day)',
      ExpressionAttributeValues: { ':pk': lendingKeys.occupancy(unitId, '').pk, ':day': 'DAY#' },
      ...CONSISTENT_READ,
    }),
  );
  return ((Items ?? []) as Keyed<OccupancyRecord>[]).map(withoutKeys);
};
