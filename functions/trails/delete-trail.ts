import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { trailShownChanged } from './public-paths.ts';
import { deleteTrailCollection } from './store.ts';
import { requireTrailSteward } from './trail-access.ts';

/** Deletes a trail with its stops and proposals; the media stay their contributors'. */
export const deleteTrail = async (deps: AppDeps, { viewer, trailId }: { viewer: Viewer; trailId: string }) => {
  await requireTrailSteward(deps, trailId, viewer);
  await deleteTrailCollection(deps, trailId);
  await trailShownChanged(deps, trailId);
};
