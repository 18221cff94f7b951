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

/** A unit changed (status, point, maintenance days): the model's page and availability. */
export const unitsShownChanged = (deps: Cache, modelId: string) =>
  invalidatePublicPaths(deps, lendingPaths.model(modelId));
