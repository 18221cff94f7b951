import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { PageKey } from '../../platform/cursor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import { projectKeys } from './keys.ts';

/** What every read of the projects store needs. */
export type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** One page of a part of a collection, and where the next one starts. */
export interface Page<T> {
  items: T[];
  lastKey?: PageKey;
}

/** One item as its record (without the table and index keys it was stored under). */
export const getRecord = async <T extends object>(
  { db, tableName }: Db,
  key: { pk: string; sk: string },
): Promise<T | undefined> => {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key, ...CONSISTENT_READ }));
  return Item ? withoutKeys(Item as T) : undefined;
};

/** A page of the items of one part of a project's collection (sort-key prefix), keys included. */
export const queryPartItems = async (
  { db, tableName }: Db,
  slug: string,
  prefix: string,
  page: { limit?: number; startKey?: PageKey; oldestFirst?: boolean } = {},
) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': projectKeys.collection(slug), ':prefix': prefix },
      ScanIndexForward: Boolean(page.oldestFirst),
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
      ...CONSISTENT_READ,
    }),
  );
  return { items: result.Items ?? [], lastKey: result.LastEvaluatedKey as PageKey | undefined };
};

/** A page of one part of a project's collection as records, newest first unless told. */
export const queryPart = async <T extends object>(
  deps: Db,
  slug: string,
  prefix: string,
  page: { limit?: number; startKey?: PageKey; oldestFirst?: boolean } = {},
): Promise<Page<T>> => {
  const { items, lastKey } = await queryPartItems(deps, slug, prefix, page);
  return { items: items.map((item) => withoutKeys(item as T)), lastKey };
};

/** Every item of one part of a collection, in sort-key order (bounded sets: members, followers…). */
export const queryWholePart = async <T extends object>(deps: Db, slug: string, prefix: string): Promise<T[]> =>
  (
    await queryAll<T>(deps, {
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': projectKeys.collection(slug), ':prefix': prefix },
      ...CONSISTENT_READ,
    })
  ).map((item) => withoutKeys(item));
