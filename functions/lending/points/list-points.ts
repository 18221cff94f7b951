import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { listPoints as listPointRecords } from '../store/points.ts';
import type { PointView } from './schema.ts';
import { toPointView } from './views.ts';

/** Every lending point, by name: one Query, the same for everyone. */
export const listPoints = async (deps: Pick<AppDeps, 'db' | 'tableName'>): Promise<Read<{ items: PointView[] }>> => {
  const points = await listPointRecords(deps);
  points.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { view: { items: points.map(toPointView) }, cache: 'public' };
};
