import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { ModelRecord, UnitRecord } from '../records.ts';
import { lendingKeys, MODELS, modelSortKeys } from './keys.ts';
import { listKind } from './kind-listing.ts';
import { putNewItem, putUnchangedItem } from './versioned-puts.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

const modelItem = (model: ModelRecord) => ({
  ...lendingKeys.model(model.id),
  ...lendingKeys.listedModel(model.category, model.id),
  ...model,
});

/** Transaction item: a new model (its id is free). */
export const createModelItem = (deps: Table, model: ModelRecord): TransactItem => putNewItem(deps, modelItem(model));

/** Transaction item: a model replaced by its new state, unless it changed since `expectedUpdatedAt`. */
export const replaceModelItem = (deps: Table, model: ModelRecord, expectedUpdatedAt: string): TransactItem =>
  putUnchangedItem(deps, modelItem(model), expectedUpdatedAt);

/** Transaction item: the model is still as read (a write beside it, not to it, conditioned on it). */
export const modelUnchangedCheck = (deps: Table, model: ModelRecord): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: lendingKeys.model(model.id),
    ConditionExpression: 'updatedAt = :read',
    ExpressionAttributeValues: { ':read': model.updatedAt },
  },
});

export const getModel = async (deps: Db, modelId: string): Promise<ModelRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.model(modelId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<ModelRecord>) : undefined;
};

/** A model and all its units: one Query of the model's collection. */
export const getModelWithUnits = async (
  deps: Db,
  modelId: string,
): Promise<{ model: ModelRecord; units: UnitRecord[] } | undefined> => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': lendingKeys.modelCollection(modelId) },
      ...CONSISTENT_READ,
    }),
  );
  const items = (Items ?? []) as Keyed<ModelRecord | UnitRecord>[];
  const model = items.find((item): item is Keyed<ModelRecord> => item.sk === modelSortKeys.model);
  if (!model) return undefined;
  const units = items.filter((item): item is Keyed<UnitRecord> => item.sk.startsWith(modelSortKeys.units));
  return { model: withoutKeys(model), units: units.map(withoutKeys) };
};

/** The whole catalogue, by category then model: one Query of its listing. */
export const listModels = (deps: Db): Promise<ModelRecord[]> => listKind<ModelRecord>(deps, MODELS);
