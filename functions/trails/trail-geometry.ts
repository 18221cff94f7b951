import type { LineString } from './schema.ts';

/** Mean Earth radius (metres), as the haversine formula uses it. */
const EARTH_RADIUS_METRES = 6_371_008.8;

/** A comfortable city walking pace with stops to listen: 4.5 km/h, i.e. 75 m a minute. */
export const WALKING_METRES_PER_MINUTE = 75;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two [lng, lat] positions. Pure. */
export const distanceBetween = (
  [lng1, lat1]: readonly [number, number] | readonly number[],
  [lng2, lat2]: readonly [number, number] | readonly number[],
): number => {
  if (lng1 === undefined || lat1 === undefined || lng2 === undefined || lat2 === undefined) return 0;
  const dLat = radians(lat2 - lat1);
  const dLng = radians(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
};

/** Length of a line in metres, rounded to the metre. */
export const lineLength = (coordinates: readonly (readonly number[])[]): number => {
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) total += distanceBetween(coordinates[i - 1] ?? [], coordinates[i] ?? []);
  return Math.round(total);
};

/** Estimated walking time, rounded up to the minute (0 for no distance). */
export const walkingMinutes = (metres: number): number => Math.ceil(metres / WALKING_METRES_PER_MINUTE);

/** The line through the stops in walking order; null with fewer than two stops. */
export const routeThroughStops = (stops: readonly { lat: number; lng: number }[]): LineString | null =>
  stops.length < 2 ? null : { type: 'LineString', coordinates: stops.map(({ lat, lng }) => [lng, lat]) };

/** The route a trail shows: the drawn one, else the line through its stops; with its length and time. */
export const trailRoute = (drawn: LineString | undefined, stops: readonly { lat: number; lng: number }[]) => {
  const route = drawn ?? routeThroughStops(stops);
  const distanceMetres = route ? lineLength(route.coordinates) : 0;
  return {
    route,
    routeSource: drawn ? ('drawn' as const) : ('stops' as const),
    distanceMetres,
    walkingMinutes: walkingMinutes(distanceMetres),
  };
};

/** Why the editor warns about a trigger radius, or null when it is in the comfortable 20–100 m range. */
export const radiusAdvice = (radius: number): 'too-small' | 'too-large' | null =>
  radius < 20 ? 'too-small' : radius > 100 ? 'too-large' : null;
