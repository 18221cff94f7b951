import type { AppDeps } from '../../platform/deps.ts';
import { invalidatePublicPaths } from '../../platform/edge-cache.ts';

/**
 * The public reads of `routes.ts` (mounted at `/api/lending`) as the edge caches them: the one
 * place that knows which cached answers a catalogue change makes stale.
 */
const BASE = '/api/lending/models';

export const cataloguePaths = {
  /** The model's page and its availability (any point, any period). */
  model: (modelId: string) => [`${BASE}/${modelId}`, `${BASE}/${modelId}/*`],
  listing: [BASE, `${BASE}?*`],
};

/** What residents see of a model changed: its page, its availability, the catalogue. */
export const modelShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, modelId: string) =>
  invalidatePublicPaths(deps, [...cataloguePaths.model(modelId), ...cataloguePaths.listing]);

/** A unit changed (status, point, maintenance days): the model's page and availability. */
export const unitsShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, modelId: string) =>
  invalidatePublicPaths(deps, cataloguePaths.model(modelId));
