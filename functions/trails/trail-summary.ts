import type { AppDeps } from '../platform/deps.ts';
import { getTrailPage, saveTrailSummary } from './store.ts';
import { trailRoute } from './trail-geometry.ts';

/**
 * Brings the trail item's summary (stop count, start, distance, walking time) up to date after
 * a change to its stops or route, so lists and the map stay one read. Every change to the stops
 * moves the version and then refreshes, and a summary is only saved over the version it was
 * computed from, so the last refresh to write is always one that read the latest stops.
 */
export const refreshTrailSummary = async (deps: Pick<AppDeps, 'db' | 'tableName'>, id: string) => {
  const page = await getTrailPage(deps, id);
  if (!page) return;
  const first = page.stops[0];
  const { distanceMetres, walkingMinutes } = trailRoute(page.trail.drawnRoute, page.stops);
  await saveTrailSummary(deps, page.trail, {
    stopCount: page.stops.length,
    start: first ? { lat: first.lat, lng: first.lng } : undefined,
    distanceMetres,
    walkingMinutes,
  });
};
