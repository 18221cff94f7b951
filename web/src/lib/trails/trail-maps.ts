/**
 * The trail maps, with Leaflet (a chunk of its own, loaded only once there is something to show):
 * the browse map (each trail's start, a link to its page) and a trail's map (route line, numbered
 * stops linked to the list, their trigger zones, the walker's position). Tiles are decoration:
 * without them (offline, blocked) the markers, links and lists all still work.
 */
import {
  type CircleMarker,
  circle,
  circleMarker,
  type Map as LeafletMap,
  latLngBounds,
  type Marker,
  polyline,
} from 'leaflet';
import { type BaseMapStrings, baseMap, linkMarker, markerLink, pinPicture } from '../ui/base-map.ts';
import { element } from '../ui/dom.ts';
import { addPointMarkers, type PointPlace } from '../ui/lending-markers.ts';
import type { Point } from './geo.ts';

/** Close enough to see the street, not so close that one marker fills the map. */
const MAX_FIT_ZOOM = 17;

export type MapStrings = BaseMapStrings;

export interface MapPlace extends Point {
  href: string;
  name: string;
}

/**
 * The browse map: one pin per trail start, and the lending points with their own marker (they
 * stay whatever the filter). `show` replaces the pins (after filtering).
 */
export const browseMap = (canvas: HTMLElement, strings: MapStrings, lending: PointPlace[] = []) => {
  const map = baseMap(canvas, strings);
  addPointMarkers(map, lending);
  let pins: Marker[] = [];
  return {
    show(places: MapPlace[]) {
      for (const pin of pins) pin.remove();
      pins = places.map((place) =>
        linkMarker(
          [place.lat, place.lng],
          markerLink('map-marker__link', place.href, place.name, ...pinPicture('map-pin')),
          'map-pin',
        ).addTo(map),
      );
      if (places.length > 0) {
        map.fitBounds(latLngBounds(places.map((place): [number, number] => [place.lat, place.lng])), {
          padding: [32, 32],
          maxZoom: 15,
        });
      }
    },
  };
};

export interface MapStop extends MapPlace {
  radius: number;
  number: number;
}

export interface TrailMap {
  map: LeafletMap;
  /** The walker's position (walk mode with location); null removes it. */
  showPosition(position: Point | null): void;
}

/** A trail's map: its route, its numbered stops (links to the list) and their trigger zones. */
export const trailMap = (
  canvas: HTMLElement,
  stops: MapStop[],
  route: [number, number][],
  strings: MapStrings,
): TrailMap => {
  const map = baseMap(canvas, strings);
  if (route.length >= 2) {
    polyline(route, { color: '#1b4f72', weight: 5, opacity: 0.85, interactive: false }).addTo(map);
  }
  for (const stop of stops) {
    circle([stop.lat, stop.lng], {
      radius: stop.radius,
      color: '#0f5f52',
      weight: 2,
      dashArray: '4 4',
      fillOpacity: 0.12,
      interactive: false,
    }).addTo(map);
    const number = element('span', 'stop-marker__number', String(stop.number));
    number.setAttribute('aria-hidden', 'true');
    const link = markerLink('map-marker__link', stop.href, stop.name, number);
    linkMarker([stop.lat, stop.lng], link, 'stop-marker', [32, 32]).addTo(map);
  }
  const points: [number, number][] = [...route, ...stops.map((stop): [number, number] => [stop.lat, stop.lng])];
  if (points.length > 0) map.fitBounds(latLngBounds(points), { padding: [32, 32], maxZoom: MAX_FIT_ZOOM });
  let here: CircleMarker | undefined;
  return {
    map,
    showPosition(position) {
      if (!position) {
        here?.remove();
        here = undefined;
        return;
      }
      const at: [number, number] = [position.lat, position.lng];
      if (here) here.setLatLng(at);
      else {
        here = circleMarker(at, {
          radius: 9,
          color: '#ffffff',
          weight: 3,
          fillColor: '#9a3412',
          fillOpacity: 1,
          interactive: false,
        }).addTo(map);
      }
    },
  };
};
