import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { modelShownChanged } from '../public-paths.ts';
import type { ModelRecord } from '../records.ts';
import { replaceModelItem } from '../store/models.ts';
import { holdPointItems, MAX_POINTS_CHANGED_PER_MODEL_EDIT, releasePointItems } from '../store/point-copies.ts';
import { invalidField, modelWithUnitsOrThrow, requireModelManager, requirePoints } from './catalogue-access.ts';
import { readHeldPoints } from './held-points.ts';
import { missingPointsProblem } from './missing-points.ts';
import { readModel } from './read-model.ts';
import type { ModelDetail, ModelUpdate } from './schema.ts';

/**
 * Staff edit a model held at one of their points (admins any). The points it gains or loses must
 * be theirs; a point still holding units of the model (not retired) cannot be dropped. The write
 * is conditioned on the model being as read: two editors at once, the second is told to reread.
 * A point gained gets its copy in the model's calendar, a point lost loses it, each conditioned on
 * the point being as read (a point edited meanwhile: 409, read again), so copies never go stale.
 */
export const updateModel = async (
  deps: AppDeps,
  { viewer, modelId, changes }: { viewer: Viewer; modelId: string; changes: ModelUpdate },
): Promise<ModelDetail> => {
  const { model, units } = await modelWithUnitsOrThrow(deps, modelId);
  requireModelManager(viewer, model);
  const { photo, manualUrl, ...plain } = changes;
  const pointIds = changes.pointIds ?? model.pointIds;
  const added = pointIds.filter((pointId) => !model.pointIds.includes(pointId));
  const removed = model.pointIds.filter((pointId) => !pointIds.includes(pointId));
  requirePoints(viewer, [...added, ...removed], 'change where models are held');
  if (added.length + removed.length > MAX_POINTS_CHANGED_PER_MODEL_EDIT)
    throw invalidField(
      'body',
      'pointIds',
      `At most ${MAX_POINTS_CHANGED_PER_MODEL_EDIT} points added or removed at once`,
      'Too many lending points changed at once: add or remove them in several edits.',
    );
  const stranded = units.filter((unit) => removed.includes(unit.pointId) && unit.status !== 'retired');
  if (stranded.length > 0)
    throw new AppError(
      'conflict',
      `Units are still at the points to remove: ${stranded.map((unit) => unit.assetTag).join(', ')}. Move or retire them first.`,
      { extensions: { errors: [{ in: 'body', path: 'pointIds', message: 'Units are still there' }] } },
    );
  const next: ModelRecord = {
    ...model,
    ...Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)),
    updatedAt: deps.clock.now().toISOString(),
  };
  if (photo !== undefined) next.photo = photo ?? undefined;
  if (manualUrl !== undefined) next.manualUrl = manualUrl ?? undefined;
  const [gained, lost] = await Promise.all([readHeldPoints(deps, added), readHeldPoints(deps, removed)]);
  const written = await transact(deps, [
    replaceModelItem(deps, next, model.updatedAt),
    ...gained.flatMap((point) => holdPointItems(deps, model.id, point)),
    ...lost.flatMap((point) => releasePointItems(deps, model.id, point)),
  ]);
  if (!written) throw await missingPointsProblem(deps, added);
  await modelShownChanged(deps, model.id);
  return (await readModel(deps, model.id)).view;
};
