import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { LendingPointRecord } from '../records.ts';
import { lendingKeys } from './keys.ts';
import { pointStoredItem } from './points.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * What a model's calendar keeps of a point holding it: what availability needs (the point's
 * opening days, and that the model is held there), so that its answer is one Query.
 */
export interface PointCopyRecord {
  modelId: string;
  pointId: string;
  pointName: string;
  hours: LendingPointRecord['hours'];
  closures: LendingPointRecord['closures'];
  /** The point's version the copy was taken from. */
  pointUpdatedAt: string;
}

/** A point as stored: its record and the count of model edits that added or removed it. */
export type StoredPoint = LendingPointRecord & { holdsVersion?: number };

const copyOf = (modelId: string, point: LendingPointRecord): PointCopyRecord => ({
  modelId,
  pointId: point.id,
  pointName: point.name,
  hours: point.hours,
  closures: point.closures,
  pointUpdatedAt: point.updatedAt,
});

/**
 * The point's version moves on (`holdsVersion` + 1), conditioned on the point being as read:
 * a point edited since fails this transaction, and a point edit that read the old `holdsVersion`
 * fails its own. The item itself is otherwise untouched.
 */
const bumpHolds = (deps: Table, point: LendingPointRecord): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: lendingKeys.point(point.id),
    UpdateExpression: 'SET holdsVersion = if_not_exists(holdsVersion, :zero) + :one',
    ConditionExpression: 'updatedAt = :read',
    ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':read': point.updatedAt },
  },
});

/**
 * Transaction items: the copy of `point` in the model's calendar and its mirror in the point's
 * collection. Alone only where the point is written in the same transaction (a test's or a
 * fixture's new point and model); otherwise through `holdPointItems`.
 */
export const modelPointItems = (deps: Table, modelId: string, point: LendingPointRecord): TransactItem[] => [
  {
    Put: {
      TableName: deps.tableName,
      Item: {
        ...lendingKeys.pointCopy(modelId, point.id),
        ...lendingKeys.calendarPoint(modelId, point.id),
        ...copyOf(modelId, point),
      },
    },
  },
  { Put: { TableName: deps.tableName, Item: { ...lendingKeys.holding(point.id, modelId), modelId } } },
];

/**
 * Transaction items: the model is now held at `point` (read consistently just before): its copy in
 * the model's calendar, the mirror in the point's collection, the point's `holdsVersion` bumped.
 */
export const holdPointItems = (deps: Table, modelId: string, point: LendingPointRecord): TransactItem[] => [
  ...modelPointItems(deps, modelId, point),
  bumpHolds(deps, point),
];

/** Transaction items: the model is no longer held at `point` (read consistently just before). */
export const releasePointItems = (deps: Table, modelId: string, point: LendingPointRecord): TransactItem[] => [
  { Delete: { TableName: deps.tableName, Key: lendingKeys.pointCopy(modelId, point.id) } },
  { Delete: { TableName: deps.tableName, Key: lendingKeys.holding(point.id, modelId) } },
  bumpHolds(deps, point),
];

/**
 * A point and the models holding it: one consistent Query of the point's collection (the point
 * and its `HOLDS#` mirrors), so that an edit knows which copies to rewrite and the version
 * (`holdsVersion`) that list was read at. Undefined when the point does not exist.
 */
export const getPointHoldings = async (
  deps: Db,
  pointId: string,
): Promise<{ point: StoredPoint; modelIds: string[] } | undefined> => {
  const items: Keyed<Record<string, unknown>>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': lendingKeys.pointCollection(pointId) },
        ExclusiveStartKey: start,
        ...CONSISTENT_READ,
      }),
    );
    items.push(...((page.Items ?? []) as Keyed<Record<string, unknown>>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  const point = items.find((item) => item.sk === lendingKeys.pointSortKey);
  if (!point) return undefined;
  const modelIds = items
    .filter((item) => item.sk.startsWith(lendingKeys.holdingPrefix))
    .map((item) => item.modelId as string);
  return { point: withoutKeys(point) as unknown as StoredPoint, modelIds };
};

/**
 * How many points one model edit may add or remove at once: each takes three items (the copy, the
 * mirror, the point's version) beside the model's, and a transaction holds at most 100.
 */
export const MAX_POINTS_CHANGED_PER_MODEL_EDIT = 33;

/** A transaction holds at most 100 items: the point's replace and one copy per model. */
export const MAX_MODELS_PER_POINT_EDIT = 99;

/**
 * Transaction items: the point replaced by `next`, conditioned on the point being as read (its
 * `updatedAt` and `holdsVersion`: no model added or removed it since), and the copy of it in each
 * model holding it rewritten (each must still be there).
 */
export const replacePointWithCopies = (
  deps: Table,
  next: LendingPointRecord,
  read: StoredPoint,
  modelIds: readonly string[],
): TransactItem[] => [
  {
    Put: {
      TableName: deps.tableName,
      Item: {
        ...pointStoredItem(next),
        ...(read.holdsVersion !== undefined ? { holdsVersion: read.holdsVersion } : {}),
      },
      ConditionExpression:
        read.holdsVersion === undefined
          ? 'updatedAt = :expected AND attribute_not_exists(holdsVersion)'
          : 'updatedAt = :expected AND holdsVersion = :holds',
      ExpressionAttributeValues: {
        ':expected': read.updatedAt,
        ...(read.holdsVersion !== undefined ? { ':holds': read.holdsVersion } : {}),
      },
    },
  },
  ...modelIds.map(
    (modelId): TransactItem => ({
      Update: {
        TableName: deps.tableName,
        Key: lendingKeys.pointCopy(modelId, next.id),
        UpdateExpression: 'SET pointName = :name, hours = :hours, closures = :closures, pointUpdatedAt = :version',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: {
          ':name': next.name,
          ':hours': next.hours,
          ':closures': next.closures,
          ':version': next.updatedAt,
        },
      },
    }),
  ),
];

/** The points a model has a copy of: one consistent Query of the copies in its collection. */
export const pointCopyIds = async (deps: Db, modelId: string): Promise<string[]> => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :copies)',
      ExpressionAttributeValues: {
        ':pk': lendingKeys.modelCollection(modelId),
        ':copies': lendingKeys.pointCopyPrefix,
      },
      ...CONSISTENT_READ,
    }),
  );
  return (Items ?? []).map((item) => item.pointId as string);
};
