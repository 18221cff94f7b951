import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { Day, OccupancyRecord, UnitRecord } from '../records.ts';
import { calendarSortKeys, lendingKeys } from './keys.ts';
import type { PointCopyRecord } from './point-copies.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

export interface ModelCalendar {
  /** The copies of the points holding the model (none: there is no such model). */
  points: PointCopyRecord[];
  units: UnitRecord[];
  /** Occupancies of the model's units up to the period's end (earlier ones until TTL removes them). */
  occupancies: OccupancyRecord[];
}

/**
 * A model's points (their copies), units and their occupancy through `to`: one Query of the byKind
 * calendar (eventually consistent, as every index read: fine for showing availability; the
 * reservation's write decides).
 */
export const readModelCalendar = async (deps: Db, modelId: string, to: Day): Promise<ModelCalendar> => {
  const range = calendarSortKeys.through(to);
  const items = await queryAll<Keyed<PointCopyRecord | UnitRecord | OccupancyRecord> & { kindSk: string }>(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :kind AND kindSk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':kind': lendingKeys.calendar(modelId), ':from': range.from, ':to': range.to },
  });
  const points: PointCopyRecord[] = [];
  const units: UnitRecord[] = [];
  const occupancies: OccupancyRecord[] = [];
  for (const item of items) {
    if (item.kindSk.startsWith(calendarSortKeys.points)) points.push(withoutKeys(item as Keyed<PointCopyRecord>));
    else if (item.kindSk.startsWith(calendarSortKeys.units)) units.push(withoutKeys(item as Keyed<UnitRecord>));
    else occupancies.push(withoutKeys(item as Keyed<OccupancyRecord>));
  }
  return { points, units, occupancies };
};
