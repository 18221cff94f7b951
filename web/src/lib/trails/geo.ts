/** Distances on the ground for walk mode. Pure. */

export interface Point {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_METRES = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in metres: within a few metres over a walk's scale. */
export const distanceMetres = (a: Point, b: Point): number => {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
};

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
