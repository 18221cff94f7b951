import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { pointShownChanged } from '../public-paths.ts';
import type { LendingPointRecord } from '../records.ts';
import { createPointItem } from '../store/points.ts';
import type { CreatePointInput } from './schema.ts';
import { toPointView } from './views.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'edgeCache'>;

/** A new lending point (admins; the route guards). Its id is chosen once: staff roles and units name it. */
export const createPoint = async (deps: Deps, { id, ...fields }: CreatePointInput) => {
  const now = deps.clock.now().toISOString();
  const point: LendingPointRecord = { id, ...fields, createdAt: now, updatedAt: now };
  if (!(await transact(deps, [createPointItem(deps, point)]))) {
    throw new AppError('conflict', `A lending point ${id} exists already.`, {
      extensions: { errors: [{ in: 'body', path: 'id', message: 'Taken by another lending point' }] },
    });
  }
  await pointShownChanged(deps, id);
  return toPointView(point);
};
