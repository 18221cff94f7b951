import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { listModels } from '../store/models.ts';
import type { ModelSummary } from './schema.ts';
import { toModelSummary } from './views.ts';

/** The catalogue, by category then model: one Query (public). */
export const listCatalogue = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
): Promise<Read<{ models: ModelSummary[] }>> => ({
  view: { models: (await listModels(deps)).map(toModelSummary) },
  cache: 'public',
});
