import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';

/**
 * Every record of one of lending's small listings on the byKind index (the points, the models),
 * in kindSk order, without their keys. A city's points and models are a few dozen: every page is
 * read (eventually consistent, as every index read).
 */
export const listKind = async <T extends object>(deps: Pick<AppDeps, 'db' | 'tableName'>, kindPk: string) =>
  (
    await queryAll<Keyed<T>>(deps, {
      TableName: deps.tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind',
      ExpressionAttributeValues: { ':kind': kindPk },
    })
  ).map((item) => withoutKeys(item) as T);
