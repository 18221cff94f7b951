import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';

/**
 * The public reads of `routes.ts` and `export-routes.ts` (mounted at `/api/trails`) that show a
 * trail, as the edge caches them: the one place that knows which cached answers a change makes stale.
 */
const BASE = '/api/trails';

export const trailPaths = {
  /** The trail's page and its exports (`/{id}.gpx`, `/{id}.geojson`…). */
  page: (trailId: string) => [`${BASE}/${trailId}*`],
  /** The lists a trail appears in (any filter: a project's trails, the featured ones). */
  listings: [BASE, `${BASE}?*`],
};

/** What residents see of the trail changed: its page, its exports and the lists it appears in. */
export const trailShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, trailId: string) =>
  invalidatePublicPaths(deps, [...trailPaths.page(trailId), ...trailPaths.listings]);
