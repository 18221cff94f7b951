import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';

/**
 * The public reads of `routes.ts` (mounted at `/api/projects`) that show a project, as the edge
 * caches them: the one place that knows which cached answers a change to a project makes stale.
 */
const BASE = '/api/projects';

export const projectPaths = {
  /** The project's page and its public parts (journal, activity), whatever their query. */
  page: (slug: string) => [`${BASE}/${slug}`, `${BASE}/${slug}/*`],
  /** The lists a project appears in: the list (any filter, any page) and the map. */
  listings: [BASE, `${BASE}?*`, `${BASE}/map`],
};

/** What residents see of the project changed: its page and the lists it appears in. */
export const projectShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, slug: string) =>
  invalidatePublicPaths(deps, [...projectPaths.page(slug), ...projectPaths.listings]);

/** Only the project's page changed (a post, a member, the library): the lists show none of it. */
export const projectPageChanged = (deps: Pick<AppDeps, 'edgeCache'>, slug: string) =>
  invalidatePublicPaths(deps, projectPaths.page(slug));
