import type { AppDeps } from '../platform/deps.ts';
import { trailShownChanged } from './public-paths.ts';
import { getTrail, saveTrailVisibility, type TrailVisibility } from './store.ts';

/**
 * Changes what decides whether residents see a trail (its own moderation, its project's) and
 * puts it on or takes it off the public listing to match. Only these fields are written, so a
 * concurrent change to the stops is never overwritten; `undefined` removes a field.
 */
export const updateTrailVisibility = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'edgeCache'>,
  trailId: string,
  changes: Partial<TrailVisibility>,
) => {
  const trail = await getTrail(deps, trailId);
  if (!trail) return undefined;
  const saved = await saveTrailVisibility(deps, trail, changes);
  await trailShownChanged(deps, trailId);
  return saved;
};
