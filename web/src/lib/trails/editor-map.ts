/**
 * The editor's map, with Leaflet (a chunk of its own, loaded once the trail is shown): the stops,
 * numbered, with their trigger zones; the route; the route being drawn; and the place of the stop
 * in the form. A click reports its position (the form's typed coordinates are the keyboard's way).
 * Tiles are decoration: without them the map still places points, and the page works without the map.
 */
import {
  circle,
  circleMarker,
  divIcon,
  type LatLngExpression,
  latLngBounds,
  layerGroup,
  marker,
  polyline,
} from 'leaflet';
import { type BaseMapStrings, baseMap } from '../ui/base-map.ts';
import { element } from '../ui/dom.ts';

const MAX_FIT_ZOOM = 17;
const PRIMARY = '#1b4f72';
const DRAWING = '#9a3412';

export type MapStrings = BaseMapStrings;

export interface MapScene {
  stops: { id: string; lat: number; lng: number; radius: number }[];
  /** The trail's route, [lng, lat] positions. */
  route: [number, number][] | null;
  /** The route being drawn, if any. */
  drawing: [number, number][] | null;
  /** The place in the stop form. */
  pending: { lat: number; lng: number } | null;
  editingStopId?: string | undefined;
}

const numberIcon = (text: string, className: string) =>
  divIcon({
    className: `trail-pin ${className}`,
    html: element('span', 'trail-pin__label', text),
    iconSize: [28, 28],
    iconAnchor: [14, 14],
  });

export const editorMap = (
  canvas: HTMLElement,
  strings: MapStrings,
  onClick: (lat: number, lng: number) => void,
  start?: { lat: number; lng: number },
) => {
  // Clicks draw points: two quick ones must not zoom.
  const map = baseMap(canvas, strings, { doubleClickZoom: false });
  const layers = layerGroup().addTo(map);
  map.on('click', (event) => onClick(event.latlng.lat, event.latlng.lng));
  if (start) map.setView([start.lat, start.lng], 15);
  else map.setView([20, 0], 2);
  let fittedTo = '';

  const show = (scene: MapScene) => {
    layers.clearLayers();
    const toLatLng = ([lng, lat]: [number, number]): LatLngExpression => [lat, lng];
    if (scene.route)
      polyline(scene.route.map(toLatLng), {
        color: PRIMARY,
        weight: 4,
        opacity: scene.drawing ? 0.35 : 0.8,
        interactive: false,
      }).addTo(layers);
    scene.stops.forEach((stop, index) => {
      const editing = stop.id === scene.editingStopId;
      circle([stop.lat, stop.lng], {
        radius: stop.radius,
        color: PRIMARY,
        weight: 1,
        fillOpacity: 0.12,
        interactive: false,
      }).addTo(layers);
      marker([stop.lat, stop.lng], {
        keyboard: false,
        interactive: false,
        icon: numberIcon(String(index + 1), editing ? 'trail-pin--editing' : ''),
      }).addTo(layers);
    });
    if (scene.drawing) {
      polyline(scene.drawing.map(toLatLng), { color: DRAWING, weight: 4, dashArray: '6 6', interactive: false }).addTo(
        layers,
      );
      for (const point of scene.drawing)
        circleMarker(toLatLng(point), { radius: 5, color: DRAWING, fillOpacity: 1, interactive: false }).addTo(layers);
    }
    if (scene.pending)
      marker([scene.pending.lat, scene.pending.lng], {
        keyboard: false,
        interactive: false,
        icon: numberIcon('+', 'trail-pin--pending'),
      }).addTo(layers);

    // The view follows the stops when they come or go, never while someone draws or places a point.
    const stopIds = scene.stops
      .map((stop) => stop.id)
      .sort()
      .join(' ');
    if (stopIds !== fittedTo && scene.stops.length > 0) {
      const points: LatLngExpression[] = scene.stops.map((stop) => [stop.lat, stop.lng]);
      map.fitBounds(latLngBounds(points), { padding: [40, 40], maxZoom: MAX_FIT_ZOOM });
    }
    fittedTo = stopIds;
  };

  return { show };
};

export type EditorMap = ReturnType<typeof editorMap>;
