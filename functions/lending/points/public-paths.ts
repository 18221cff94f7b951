import type { AppDeps } from '../../platform/deps.ts';
import { invalidatePublicPaths } from '../../platform/edge-cache.ts';

/**
 * The public reads of `routes.ts` (mounted at `/api/lending/points`) as the edge caches them: the
 * one place that knows which cached answers a change to a point makes stale.
 */
const BASE = '/api/lending/points';

export const pointPaths = {
  list: [BASE, `${BASE}?*`],
  page: (pointId: string) => [`${BASE}/${pointId}`, `${BASE}/${pointId}?*`],
};

/** What residents see of a point changed: its page and the list (with the maps reading it). */
export const pointShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, pointId: string) =>
  invalidatePublicPaths(deps, [...pointPaths.list, ...pointPaths.page(pointId)]);
