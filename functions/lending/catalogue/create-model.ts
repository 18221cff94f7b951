import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { modelShownChanged } from '../public-paths.ts';
import type { ModelRecord } from '../records.ts';
import { createModelItem, getModel } from '../store/models.ts';
import { pointExistsCheck } from '../store/points.ts';
import { requirePoints } from './catalogue-access.ts';
import { missingPointsProblem } from './missing-points.ts';
import { modelSlug } from './model-slug.ts';
import { readModel } from './read-model.ts';
import type { ModelDetail, ModelInput } from './schema.ts';

/**
 * Staff add a model held at their points (admins at any). The points' existence is checked in
 * the same transaction as the write: a point removed meanwhile holds no new model.
 */
export const createModel = async (
  deps: AppDeps,
  { viewer, input }: { viewer: Viewer; input: ModelInput },
): Promise<ModelDetail> => {
  requirePoints(viewer, input.pointIds, 'add models');
  const now = deps.clock.now().toISOString();
  const { id, scarce, photo, manualUrl, ...fields } = input;
  const model: ModelRecord = {
    ...fields,
    id: id ?? modelSlug(input.name),
    ...(photo ? { photo } : {}),
    ...(manualUrl ? { manualUrl } : {}),
    scarce: scarce ?? false,
    createdAt: now,
    updatedAt: now,
  };
  const written = await transact(deps, [
    createModelItem(deps, model),
    ...model.pointIds.map((pointId) => pointExistsCheck(deps, pointId)),
  ]);
  if (!written) {
    if (await getModel(deps, model.id))
      throw new AppError('conflict', `There is already a model "${model.id}".`, {
        extensions: { errors: [{ in: 'body', path: id ? 'id' : 'name', message: `“${model.id}” is taken` }] },
      });
    throw await missingPointsProblem(deps, model.pointIds);
  }
  await modelShownChanged(deps, model.id);
  return (await readModel(deps, model.id)).view;
};
