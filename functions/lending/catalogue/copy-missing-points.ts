import type { AppDeps } from '../../platform/deps.ts';
import { transact } from '../../platform/transact.ts';
import { listModels, modelUnchangedCheck } from '../store/models.ts';
import { holdPointItems, pointCopyIds } from '../store/point-copies.ts';
import { getPoint } from '../store/points.ts';

/**
 * The migration of models written before their calendars kept a copy of their points (without
 * one, availability answers 404 for the model): writes each missing copy as a model edit adding
 * the point would, conditioned on the model and the point being as read (an edit meanwhile: that
 * copy is left for the next run, and said). Idempotent: a second run finds nothing to copy. Run by
 * an admin (`npm run admin -- lending-point-copies`).
 */
export const copyMissingPoints = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
): Promise<{ copied: string[]; retry: string[] }> => {
  const copied: string[] = [];
  const retry: string[] = [];
  for (const listed of await listModels(deps)) {
    const present = await pointCopyIds(deps, listed.id);
    for (const pointId of listed.pointIds.filter((id) => !present.includes(id))) {
      const point = await getPoint(deps, pointId);
      const label = `${listed.id} at ${pointId}`;
      if (
        point &&
        (await transact(deps, [modelUnchangedCheck(deps, listed), ...holdPointItems(deps, listed.id, point)]))
      )
        copied.push(label);
      else retry.push(label);
    }
  }
  return { copied, retry };
};
