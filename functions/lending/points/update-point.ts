import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { pointShownChanged } from '../public-paths.ts';
import type { LendingPointRecord } from '../records.ts';
import { getPointHoldings, MAX_MODELS_PER_POINT_EDIT, replacePointWithCopies } from '../store/point-copies.ts';
import { getPoint } from '../store/points.ts';
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
 * overwritten (409: reload and edit again). The copies of the point kept in the calendar of each
 * model holding it (for availability's single Query) are rewritten in the same transaction, which
 * is also conditioned on no model having been added to or removed from the point since it was
 * read: a model edit committing first makes this one a 409, never a stale copy.
 */
export const updatePoint = async (deps: Deps, pointId: string, { expectedUpdatedAt, ...fields }: UpdatePointInput) => {
  const holdings = await getPointHoldings(deps, pointId);
  if (!holdings) throw new AppError('not-found', 'There is no such lending point.');
  const { point: current, modelIds } = holdings;
  if (modelIds.length > MAX_MODELS_PER_POINT_EDIT)
    throw new AppError(
      'conflict',
      `This lending point holds ${modelIds.length} models: at most ${MAX_MODELS_PER_POINT_EDIT} can be kept in step in one edit. Move some models to another point first.`,
    );
  const point: LendingPointRecord = {
    id: pointId,
    ...fields,
    createdAt: current.createdAt,
    updatedAt: nextVersion(deps.clock.now(), current.updatedAt),
  };
  if (
    current.updatedAt !== expectedUpdatedAt ||
    !(await transact(deps, replacePointWithCopies(deps, point, current, modelIds)))
  )
    throw new AppError('conflict', 'The lending point was changed meanwhile: reload it and edit again.', {
      extensions: { updatedAt: (await getPoint(deps, pointId))?.updatedAt },
    });
  await pointShownChanged(deps, pointId);
  return toPointView(point);
};
