import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { pointShownChanged } from '../public-paths.ts';
import type { LendingPointRecord } from '../records.ts';
import { getPoint, replacePointItem } from '../store/points.ts';
import type { UpdatePointInput } from './schema.ts';
import { toPointView } from './views.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'edgeCache'>;

/**
 * A later instant than `previous`: the version an edit writes always differs from the one it
 * replaced, even within the same millisecond, so a second edit made from the old one is refused.
 */
const nextVersion = (now: Date, previous: string) =>
  now.toISOString() > previous ? now.toISOString() : new Date(Date.parse(previous) + 1).toISOString();

/**
 * Replaces a point's fields (admins), compare-and-set: the write is conditioned on the version the
 * admin edited (`expectedUpdatedAt`), so an edit made meanwhile by someone else is never silently
 * overwritten (409: reload and edit again).
 */
export const updatePoint = async (deps: Deps, pointId: string, { expectedUpdatedAt, ...fields }: UpdatePointInput) => {
  const current = await getPoint(deps, pointId);
  if (!current) throw new AppError('not-found', 'There is no such lending point.');
  const point: LendingPointRecord = {
    id: pointId,
    ...fields,
    createdAt: current.createdAt,
    updatedAt: nextVersion(deps.clock.now(), current.updatedAt),
  };
  if (
    current.updatedAt !== expectedUpdatedAt ||
    !(await transact(deps, [replacePointItem(deps, point, expectedUpdatedAt)]))
  )
    throw new AppError('conflict', 'The lending point was changed meanwhile: reload it and edit again.', {
      extensions: { updatedAt: (await getPoint(deps, pointId))?.updatedAt },
    });
  await pointShownChanged(deps, pointId);
  return toPointView(point);
};
