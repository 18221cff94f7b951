import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { LendingPointRecord } from '../records.ts';
import { LENDING_POINTS, lendingKeys } from './keys.ts';
import { listKind } from './kind-listing.ts';
import { putNewItem } from './versioned-puts.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** A point's item as stored (its keys and listing), for the stores writing it. */
export const pointStoredItem = (point: LendingPointRecord) => ({
  ...lendingKeys.point(point.id),
  ...lendingKeys.listedPoint(point.id),
  ...point,
});

/** Transaction item: a new lending point (its id is free). */
export const createPointItem = (deps: Table, point: LendingPointRecord): TransactItem =>
  putNewItem(deps, pointStoredItem(point));

/** Transaction item: the point exists (a unit or a model placed at it must name a real one). */
export const pointExistsCheck = (deps: Table, pointId: string): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: lendingKeys.point(pointId),
    ConditionExpression: 'attribute_exists(pk)',
  },
});

export const getPoint = async (deps: Db, pointId: string): Promise<LendingPointRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.point(pointId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<LendingPointRecord>) : undefined;
};

/** Every lending point, by id: one Query (a city has a handful). */
export const listPoints = (deps: Db): Promise<LendingPointRecord[]> =>
  listKind<LendingPointRecord>(deps, LENDING_POINTS);
