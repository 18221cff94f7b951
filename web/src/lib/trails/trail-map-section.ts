/**
 * The trail page's map: Leaflet comes in a chunk of its own, loaded only for a trail with stops;
 * each stop's marker links to the stop in the list. When it cannot be shown, the section says so.
 */
import { stopAnchor, type TrailPageContext } from './trail-page-context.ts';
import type { TrailDetail } from './types.ts';

export const showTrailMap = async ({ q, s }: TrailPageContext, trail: TrailDetail) => {
  const section = q('[data-trail-map-section]');
  const status = q('[data-map-status]');
  const canvas = q('[data-map-canvas]');
  if (trail.stops.length === 0) {
    status.textContent = s('trails.map.none');
    return undefined;
  }
  try {
    const { trailMap } = await import('./trail-maps.ts');
    canvas.hidden = false;
    const shown = trailMap(
      canvas,
      trail.stops.map((stop, index) => ({
        lat: stop.lat,
        lng: stop.lng,
        radius: stop.radius,
        number: index + 1,
        href: `#${stopAnchor(index)}`,
        name: s('trails.stop.name', { number: index + 1, title: stop.title }),
      })),
      (trail.route?.coordinates ?? []).map(([lng, lat]): [number, number] => [lat, lng]),
      {
        zoomIn: s('trails.map.zoomIn'),
        zoomOut: s('trails.map.zoomOut'),
        attribution: s('trails.map.attribution', {
          osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }),
      },
    );
    status.hidden = true;
    q('[data-map-keyboard]').hidden = false;
    return shown;
  } catch (error) {
    console.warn('The trail map could not be shown:', error);
    canvas.hidden = true;
    status.textContent = s('trails.map.error');
    section.dataset.failed = 'true';
    return undefined;
  }
};
