import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { addDays } from '../opening-days.ts';
import type { Day } from '../records.ts';
import { lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * A person's limit counters per category, written in the same transaction as the reservation
 * they count, each with its condition: two tabs reserving at once cannot both pass a limit.
 */

/** Transaction item: one more reservation held at once, unless `max` are held already. */
export const takeActiveItem = (deps: Table, userId: string, category: string, max: number): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: lendingKeys.activeCounter(userId, category),
    UpdateExpression: 'ADD #count :one',
    ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
    ExpressionAttributeNames: { '#count': 'count' },
    ExpressionAttributeValues: { ':one': 1, ':max': max },
  },
});

/** Transaction item: one reservation fewer held at once (a cancellation; a return, later). */
export const giveBackActiveItem = (deps: Table, userId: string, category: string): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: lendingKeys.activeCounter(userId, category),
    UpdateExpression: 'ADD #count :minusOne',
    ExpressionAttributeNames: { '#count': 'count' },
    ExpressionAttributeValues: { ':minusOne': -1 },
  },
});

/** A window counter outlives its window by a few days (TTL cleans up; an absent counter is zero). */
const windowExpiresAt = (endDay: Day) => Math.floor(Date.parse(`${addDays(endDay, 7)}T00:00:00Z`) / 1000);

/**
 * Transaction item: `delta` days more (or fewer, when negative) in the window ending `endDay`.
 * An increase is conditioned on the window staying within `max` days; a decrease gives back
 * days this person's own reservation put there, and needs no condition.
 */
export const windowDeltaItem = (
  deps: Table,
  options: { userId: string; category: string; endDay: Day; delta: number; max: number },
): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: lendingKeys.windowCounter(options.userId, options.category, options.endDay),
    UpdateExpression: 'ADD #days :delta SET expiresAt = :expiresAt',
    ExpressionAttributeNames: { '#days': 'days' },
    ...(options.delta > 0
      ? {
          ConditionExpression: 'attribute_not_exists(#days) OR #days <= :room',
          ExpressionAttributeValues: {
            ':delta': options.delta,
            ':expiresAt': windowExpiresAt(options.endDay),
            ':room': options.max - options.delta,
          },
        }
      : {
          ExpressionAttributeValues: { ':delta': options.delta, ':expiresAt': windowExpiresAt(options.endDay) },
        }),
  },
});

/** A person's counters as stored: which (`ACTIVE#<category>`, `WINDOW#<category>#<end day>`) and its figure. */
export interface BorrowerCounter {
  key: { pk: string; sk: string };
  count?: number;
  days?: number;
}

/** A person's counters (the export shows them; erasure deletes them: they say how much a person borrowed). */
export const listBorrowerCounters = async (deps: Db, userId: string): Promise<BorrowerCounter[]> => {
  const items = await queryAll<{ pk: string; sk: string; count?: number; days?: number }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': lendingKeys.borrowerCollection(userId) },
    ...CONSISTENT_READ,
  });
  return items.map(({ pk, sk, count, days }) => ({ key: { pk, sk }, count, days }));
};

export const deleteBorrowerCounter = async (deps: Db, key: { pk: string; sk: string }) => {
  await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: key }));
};
