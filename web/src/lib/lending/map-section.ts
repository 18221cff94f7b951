/**
 * Starts the map of a lending page's map section (`BaseMap`) once there are points to show: the
 * Leaflet chunk loads then, and a failure says so while the list keeps every place.
 */
import type { Locale } from '../../i18n/locales.ts';
import { part } from '../ui/dom.ts';
import { lendingPointHref } from '../ui/links.ts';
import type { Translate } from '../ui/strings.ts';
import type { LendingPoint } from './types.ts';

export const showPointsMap = async (section: HTMLElement, points: LendingPoint[], locale: Locale, s: Translate) => {
  const status = part(section, '[data-map-status]');
  const canvas = part(section, '[data-map-canvas]');
  if (points.length === 0) {
    section.hidden = true;
    return;
  }
  try {
    const { pointsMap } = await import('./points-map.ts');
    canvas.hidden = false;
    pointsMap(
      canvas,
      {
        zoomIn: s('lendingPoints.map.zoomIn'),
        zoomOut: s('lendingPoints.map.zoomOut'),
        attribution: s('lendingPoints.map.attribution', {
          osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }),
      },
      points.map((point) => ({
        lat: point.lat,
        lng: point.lng,
        href: lendingPointHref(locale, point.id),
        name: s('lendingPoints.marker.name', { name: point.name }),
      })),
    );
    status.hidden = true;
    section.querySelector<HTMLElement>('[data-map-keyboard]')?.removeAttribute('hidden');
  } catch (error) {
    console.warn('The map could not be shown:', error);
    canvas.hidden = true;
    status.textContent = s('lendingPoints.map.error');
  }
};
