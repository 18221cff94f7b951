import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { modelShownChanged } from '../public-paths.ts';
import type { ModelRecord } from '../records.ts';
import { createModelItem, getModel } from '../store/models.ts';
import { holdPointItems } from '../store/point-copies.ts';
import { requirePoints } from './catalogue-access.ts';
import { readHeldPoints } from './held-points.ts';
import { missingPointsProblem } from './missing-points.ts';
import { modelSlug } from './model-slug.ts';
import { readModel } from './read-model.ts';
import type { ModelDetail, ModelInput } from './schema.ts';

/**
 * Staff add a model held at their points (admins at any). Each point is read, and the model is
 * written with a copy of each point in its calendar (availability reads it in the same Query),
 * conditioned on each point being still as read: a point edited meanwhile makes this a 409 (read
 * again), so a copy never misses a point's edit.
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
  const points = await readHeldPoints(deps, model.pointIds);
  const written = await transact(deps, [
    createModelItem(deps, model),
    ...points.flatMap((point) => holdPointItems(deps, model.id, point)),
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
