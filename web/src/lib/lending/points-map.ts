/** The lending points' own map (list page and a point's page): Leaflet, in a chunk of its own. */
import { latLngBounds } from 'leaflet';
import { type BaseMapStrings, baseMap } from '../ui/base-map.ts';
import { addPointMarkers, type PointPlace } from '../ui/lending-markers.ts';

export const pointsMap = (canvas: HTMLElement, strings: BaseMapStrings, places: PointPlace[]) => {
  const map = baseMap(canvas, strings);
  addPointMarkers(map, places);
  if (places.length === 1 && places[0]) map.setView([places[0].lat, places[0].lng], 16);
  else if (places.length > 1)
    map.fitBounds(latLngBounds(places.map((place): [number, number] => [place.lat, place.lng])), {
      padding: [32, 32],
      maxZoom: 16,
    });
  return map;
};
