import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { Day, LendingPointRecord, ModelRecord, OccupancyRecord, UnitRecord } from '../records.ts';
import { calendarSortKeys, lendingKeys } from './keys.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

export interface ModelCalendar {
  units: UnitRecord[];
  /** Occupancies of the model's units up to the period's end (earlier ones until TTL removes them). */
  occupancies: OccupancyRecord[];
}

/**
 * A model's units and their occupancy through `to`: one Query of the byKind calendar (eventually
 * consistent, as every index read: fine for showing availability; the reservation's write decides).
 */
export const readModelCalendar = async (deps: Db, modelId: string, to: Day): Promise<ModelCalendar> => {
  const range = calendarSortKeys.through(to);
  const items = await queryAll<Keyed<UnitRecord | OccupancyRecord> & { kindSk: string }>(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :kind AND kindSk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':kind': lendingKeys.calendar(modelId), ':from': range.from, ':to': range.to },
  });
  const units: UnitRecord[] = [];
  const occupancies: OccupancyRecord[] = [];
  for (const item of items) {
    if (item.kindSk.startsWith(calendarSortKeys.units)) units.push(withoutKeys(item as Keyed<UnitRecord>));
    else occupancies.push(withoutKeys(item as Keyed<OccupancyRecord>));
  }
  return { units, occupancies };
};

/**
 * The model and the point an availability answer needs besides the calendar: one BatchGetItem
 * (both items at once), sent beside the calendar's Query. Undefined for either that does not exist.
 */
export const readModelAndPoint = async (
  deps: Db,
  modelId: string,
  pointId: string,
): Promise<{ model?: ModelRecord; point?: LendingPointRecord }> => {
  const modelKey = lendingKeys.model(modelId);
  const pointKey = lendingKeys.point(pointId);
  const { Responses } = await deps.db.send(
    new BatchGetCommand({ RequestItems: { [deps.tableName]: { Keys: [modelKey, pointKey] } } }),
  );
  const items = (Responses?.[deps.tableName] ?? []) as Keyed<ModelRecord | LendingPointRecord>[];
  const model = items.find((item) => item.pk === modelKey.pk);
  const point = items.find((item) => item.pk === pointKey.pk);
  return {
    ...(model ? { model: withoutKeys(model as Keyed<ModelRecord>) } : {}),
    ...(point ? { point: withoutKeys(point as Keyed<LendingPointRecord>) } : {}),
  };
};
