import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { getPoint } from '../store/points.ts';
import type { PointView } from './schema.ts';
import { toPointView } from './views.ts';

/** One lending point, for its page: public. */
export const readPoint = async (deps: Pick<AppDeps, 'db' | 'tableName'>, pointId: string): Promise<Read<PointView>> => {
  const point = await getPoint(deps, pointId);
  if (!point) throw new AppError('not-found', 'There is no such lending point.');
  return { view: toPointView(point), cache: 'public' };
};
