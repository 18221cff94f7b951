import type { AppDeps } from '../../platform/deps.ts';
import type { TransactItem } from '../../platform/transact.ts';

/**
 * The two writes of lending's versioned records (points, models, units): a new item where none is
 * at its keys, and a replacement conditioned on the item being as it was read (its `updatedAt`),
 * so that of two editors at once the second is told to read again. The stores give the items.
 */

type Table = Pick<AppDeps, 'tableName'>;

/** Transaction item: `item` written only where no item has its keys yet. */
export const putNewItem = (deps: Table, item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: deps.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
});

/** Transaction item: `item` replacing the stored one, unless that changed since `expectedUpdatedAt`. */
export const putUnchangedItem = (
  deps: Table,
  item: Record<string, unknown>,
  expectedUpdatedAt: string,
): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: item,
    ConditionExpression: 'attribute_exists(pk) AND updatedAt = :expected',
    ExpressionAttributeValues: { ':expected': expectedUpdatedAt },
  },
});
