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
  /** The model's availability only, whatever the point and period (the query string). */
  availability: (modelId: string) => [`${BASE}/${modelId}/availability*`],
  listing: [BASE, `${BASE}?*`],
};

/** What residents see of a model changed: its page, its availability, the catalogue. */
export const modelShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, modelId: string) =>
  invalidatePublicPaths(deps, [...cataloguePaths.model(modelId), ...cataloguePaths.listing]);

/** A unit changed (status, point, maintenance days): the model's page and availability. */
export const unitsShownChanged = (deps: Pick<AppDeps, 'edgeCache'>, modelId: string) =>
  invalidatePublicPaths(deps, cataloguePaths.model(modelId));

/**
 * Days of the model were taken or given back (a reservation, a date change, a cancellation; a
 * hold): its availability, one wildcard path, sent once per request, only when something was
 * written. Why per reservation: the anonymous copy is kept only a minute at the edge (and the
 * browser's half a minute), but a resident who saw a day free must not be refused it for a
 * minute more than necessary, and a city's loans are counted in hundreds a month, well within
 * CloudFront's free thousand paths (one path each; a failed or throttled invalidation only
 * leaves the copy until it expires). The person who reserved never reads that copy anyway: a
 * signed-in read is answered `private, no-store` and keyed apart at the edge (platform/cache.ts).
 */
export const availabilityChanged = (deps: Pick<AppDeps, 'edgeCache'>, modelId: string) =>
  invalidatePublicPaths(deps, cataloguePaths.availability(modelId));
