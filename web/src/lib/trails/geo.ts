/** Distances on the ground for walk mode. Pure. */
import { distanceBetween } from '../../../../functions/trails/trail-geometry.ts';

export interface Point {
  lat: number;
  lng: number;
}

/** Great-circle (haversine) distance in metres: the API's own measure of a trail. */
export const distanceMetres = (a: Point, b: Point): number => distanceBetween([a.lng, a.lat], [b.lng, b.lat]);

/**
 * The stop whose trigger zone the walker is in (distance ≤ radius), the nearest when zones
 * overlap; -1 when in none.
 */
export const stopInZone = (position: Point, stops: readonly (Point & { radius: number })[]): number => {
  let found = -1;
  let nearest = Number.POSITIVE_INFINITY;
  stops.forEach((stop, index) => {
    const distance = distanceMetres(position, stop);
    if (distance <= stop.radius && distance < nearest) {
      found = index;
      nearest = distance;
    }
  });
  return found;
};
