import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { getPoint } from '../store/points.ts';

/**
 * Why a write that checked its points failed: the points that do not exist, as a 400 naming
 * `pointIds` (or `pointId`); a 409 when they all exist (something else changed meanwhile).
 */
export const missingPointsProblem = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  pointIds: readonly string[],
  field = 'pointIds',
): Promise<AppError> => {
  const found = await Promise.all(pointIds.map((pointId) => getPoint(deps, pointId)));
  const missing = pointIds.filter((_, index) => !found[index]);
  if (missing.length === 0) return new AppError('conflict', 'It changed meanwhile: read it again and retry.');
  return new AppError('validation', `No such lending point: ${missing.join(', ')}.`, {
    extensions: { errors: [{ in: 'body', path: field, message: `No such lending point: ${missing.join(', ')}` }] },
  });
};
