import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { listModels } from '../store/models.ts';
import { listPoints } from '../store/points.ts';
import type { ModelSummary } from './schema.ts';
import { toModelSummary } from './views.ts';

/**
 * The catalogue, by category then model: one Query of the models, and beside it (at the same
 * time) one Query of the points for their names, so the page needs no other call (public).
 */
export const listCatalogue = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
): Promise<Read<{ models: ModelSummary[]; points: { id: string; name: string }[] }>> => {
  const [models, points] = await Promise.all([listModels(deps), listPoints(deps)]);
  const named = new Set(models.flatMap((model) => model.pointIds));
  return {
    view: {
      models: models.map(toModelSummary),
      points: [...named].sort().map((id) => ({ id, name: points.find((point) => point.id === id)?.name ?? id })),
    },
    cache: 'public',
  };
};
