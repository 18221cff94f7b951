import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { findCategory } from '../categories.ts';
import { listPoints } from '../store/points.ts';
import { modelWithUnitsOrThrow } from './catalogue-access.ts';
import type { ModelDetail } from './schema.ts';
import { toModelDetail } from './views.ts';

/**
 * A model's page: its description, parts, loan rules (its own and its category's limits), the
 * training it needs, and per point how many units are in service. The model with its units is one
 * Query; the points' names a second, run at the same time (a city has a handful of points).
 */
export const readModel = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  modelId: string,
): Promise<Read<ModelDetail>> => {
  const [{ model, units }, points] = await Promise.all([modelWithUnitsOrThrow(deps, modelId), listPoints(deps)]);
  const category = findCategory(model.category);
  // The categories file is the city's; a category removed from it while models still name it is a deployment mistake.
  if (!category)
    throw new Error(`Model "${model.id}" names the category "${model.category}", which the city no longer has`);
  return { view: toModelDetail(model, units, points, category), cache: 'public' };
};
