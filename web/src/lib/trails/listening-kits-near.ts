/**
 * Which listening kits a walker can borrow near a trail's first stop: a lending point within
 * `LISTENING_KIT_RADIUS` metres that holds a model of a listening category needing no training
 * (such kits are lent the same day at the desk, Territoires Sonores' players at trail heads).
 * Pure: the trail page's island gives it the public lists it read.
 */
import { distanceMetres, type Point } from './geo.ts';

/** How far from the first stop a lending point still counts as "at the trail head". */
export const LISTENING_KIT_RADIUS = 500;

/** The categories of `content/lending/categories.json` whose models are players to listen with. */
export const LISTENING_CATEGORIES: readonly string[] = ['listening-player'];

export interface ListedPoint extends Point {
  id: string;
  name: string;
}

export interface ListedModel {
  id: string;
  name: string;
  category: string;
  pointIds: string[];
  requiredTraining: unknown;
}

export interface NearbyKit {
  point: ListedPoint;
  model: ListedModel;
  /** Metres from the first stop, rounded to 10 m (a walker's measure). */
  distance: number;
}

/** The kits near `stop`, nearest point first, then by model name. */
export const listeningKitsNear = (
  stop: Point,
  points: readonly ListedPoint[],
  models: readonly ListedModel[],
  radius = LISTENING_KIT_RADIUS,
): NearbyKit[] => {
  const kits = models.filter((model) => LISTENING_CATEGORIES.includes(model.category) && !model.requiredTraining);
  return points
    .map((point) => ({ point, metres: distanceMetres(stop, point) }))
    .filter(({ metres }) => metres <= radius)
    .sort((a, b) => a.metres - b.metres)
    .flatMap(({ point, metres }) =>
      kits
        .filter((model) => model.pointIds.includes(point.id))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((model) => ({ point, model, distance: Math.round(metres / 10) * 10 })),
    );
};
