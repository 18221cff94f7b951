import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { UnitEventRecord } from '../records.ts';
import { lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * Transaction item: one event of a unit's history, written in the transaction of what it records
 * (a hand-over, a return, a ticket), so the history never says what did not happen.
 */
export const unitEventItem = (deps: Table, event: UnitEventRecord): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: {
      ...lendingKeys.unitEvent(event.unitId, event.at, event.kind, event.reservationId ?? event.ticketId),
      ...event,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** A unit's history, newest first, at most `limit` events: one Query. */
export const listUnitEvents = async (deps: Db, unitId: string, limit = 50): Promise<UnitEventRecord[]> => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': lendingKeys.unitLog(unitId) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return ((Items ?? []) as Keyed<UnitEventRecord>[]).map(withoutKeys);
};
