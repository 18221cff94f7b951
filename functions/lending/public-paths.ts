import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';

/**
 * Lending's public reads as the edge caches them (the points' and the catalogue's routes): the one
 * place that knows which cached answers a change to a point, a model or a unit makes stale.
 */
const POINTS = '/api/lending/points';
const MODELS = '/api/lending/models';

export const lendingPaths = {
  points: [POINTS, `${POINTS}?*`],
  point: (pointId: string) => [`${POINTS}/${pointId}`, `${POINTS}/${pointId}?*`],
  models: [MODELS, `${MODELS}?*`],
  /** A model's page and its availability (any point, any period). */
  model: (modelId: string) => [`${MODELS}/${modelId}`, `${MODELS}/${modelId}/*`],
  /** Every model's page and availability: they show the points' names, and their hours decide open days. */
  everyModel: [`${MODELS}/*`],
  /** A model's availability only, whatever the point and period (the query string). */
  availability: (modelId: string) => [`${MODELS}/${modelId}/availability*`],
  /** Every unit's public page (by asset tag): one wildcard path, whichever unit changed. */
  units: ['/api/lending/units/*'],
};

type Cache = Pick<AppDeps, 'edgeCache'>;

/**
 * What residents see of a point changed: its page and the list (with the maps reading it), and
 * the catalogue, whose pages name the point and whose availability follows its hours and closures.
 */
export const pointShownChanged = (deps: Cache, pointId: string) =>
  invalidatePublicPaths(deps, [
    ...lendingPaths.points,
    ...lendingPaths.point(pointId),
    ...lendingPaths.models,
    ...lendingPaths.everyModel,
  ]);

/** What residents see of a model changed: its page, its availability, the catalogue. */
export const modelShownChanged = (deps: Cache, modelId: string) =>
  invalidatePublicPaths(deps, [...lendingPaths.model(modelId), ...lendingPaths.models]);

/**
 * A unit changed (status, point, maintenance days): the model's page and availability, and the
 * units' pages (one wildcard: the callers name the model, not the tag, and units change rarely).
 */
export const unitsShownChanged = (deps: Cache, modelId: string) =>
  invalidatePublicPaths(deps, [...lendingPaths.model(modelId), ...lendingPaths.units]);

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
export const availabilityChanged = (deps: Cache, modelId: string) =>
  invalidatePublicPaths(deps, lendingPaths.availability(modelId));
