import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { UnitRecord } from '../records.ts';
import { lendingKeys } from './keys.ts';
import { putNewItem, putUnchangedItem } from './versioned-puts.ts';

type Table = Pick<AppDeps, 'tableName'>;

/**
 * The unit item: in its model's collection, in its model's calendar (availability counts it), and
 * on byLookup under its asset tag (the public unit page reads it there).
 */
const unitItem = (unit: UnitRecord) => ({
  ...lendingKeys.unit(unit.modelId, unit.id),
  ...lendingKeys.calendarUnit(unit.modelId, unit.id),
  ...lendingKeys.unitByTag(unit.assetTag),
  ...unit,
});

/**
 * Transaction items: a new unit and the lookup that keeps its asset tag unique in the city. Two
 * units given the same tag at once: one transaction wins, the other's lookup condition fails.
 */
export const createUnitItems = (deps: Table, unit: UnitRecord): TransactItem[] => [
  putNewItem(deps, unitItem(unit)),
  putNewItem(deps, {
    ...lendingKeys.assetTag(unit.assetTag),
    unitId: unit.id,
    modelId: unit.modelId,
    assetTag: unit.assetTag,
  }),
];

/** Transaction item: a unit replaced by its new state (same tag), unless it changed since `expectedUpdatedAt`. */
export const replaceUnitItem = (deps: Table, unit: UnitRecord, expectedUpdatedAt: string): TransactItem =>
  putUnchangedItem(deps, unitItem(unit), expectedUpdatedAt);

/** Who holds an asset tag (the lookup item), to name the unit a duplicate collides with. */
export const getAssetTagHolder = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  tag: string,
): Promise<{ unitId: string; modelId: string; assetTag: string } | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.assetTag(tag), ...CONSISTENT_READ }),
  );
  return Item ? { unitId: Item.unitId, modelId: Item.modelId, assetTag: Item.assetTag } : undefined;
};

/** Transaction item: the model still holds `pointId` (a unit is placed only at one of its model's points). */
export const modelHoldsPointCheck = (deps: Table, modelId: string, pointId: string): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: lendingKeys.model(modelId),
    ConditionExpression: 'contains(pointIds, :point)',
    ExpressionAttributeValues: { ':point': pointId },
  },
});

/**
 * Transaction item: the unit is still in service at `pointId`. A reservation carries it, so a unit
 * put in maintenance, retired or moved to another point after the calendar was read is never
 * taken: the status change and the reservation meet on the unit item, one of them after the other.
 */
export const unitLendableCheck = (deps: Table, modelId: string, unitId: string, pointId: string): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: lendingKeys.unit(modelId, unitId),
    ConditionExpression: '#status = :inService AND pointId = :point',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':inService': 'in-service', ':point': pointId },
  },
});

/**
 * The unit with this asset tag, from byLookup: ONE Query (the public unit page). An index read may
 * lag a write by a moment; staff decisions read the unit strongly consistent (`getUnit`).
 */
export const findUnitByTag = async (deps: Pick<AppDeps, 'db' | 'tableName'>, tag: string) => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'byLookup',
      KeyConditionExpression: 'lookupPk = :tag AND lookupSk = :unit',
      ExpressionAttributeValues: { ':tag': lendingKeys.unitByTag(tag).lookupPk, ':unit': 'UNIT' },
    }),
  );
  const item = Items?.[0] as Keyed<UnitRecord> | undefined;
  return item ? withoutKeys(item) : undefined;
};

/** A unit, read strongly consistent (what a staff decision rests on). */
export const getUnit = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  modelId: string,
  unitId: string,
): Promise<UnitRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.unit(modelId, unitId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<UnitRecord>) : undefined;
};
