import type { AppDeps } from '../../platform/deps.ts';
import type { LendingPointRecord } from '../records.ts';
import { getPoint } from '../store/points.ts';
import { missingPointsProblem } from './missing-points.ts';

/**
 * The points a model edit adds or removes, read consistently: their copies in the model's calendar
 * are taken from these reads, and the transaction is conditioned on each point still being as read
 * (`holdPointItems`, `releasePointItems`). A point that does not exist is the 400 naming `pointIds`.
 */
export const readHeldPoints = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  pointIds: readonly string[],
): Promise<LendingPointRecord[]> => {
  const points = await Promise.all(pointIds.map((pointId) => getPoint(deps, pointId)));
  if (points.some((point) => !point)) throw await missingPointsProblem(deps, pointIds);
  return points as LendingPointRecord[];
};
