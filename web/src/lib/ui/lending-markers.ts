/**
 * Lending points on a Leaflet map (the lending pages, and the projects and trails maps, hence in
 * the kit beside `base-map.ts`): a marker
 * of their own (a square with a bag, not the pin of a trail or a project), each a named link to
 * the point's page, so the keyboard and screen readers reach them. In the map chunk only.
 */
import type { Map as LeafletMap, Marker } from 'leaflet';
import { linkMarker, markerLink } from './base-map.ts';
import { element } from './dom.ts';

export interface PointPlace {
  lat: number;
  lng: number;
  href: string;
  /** The link's accessible name ("Lending point: Médiathèque des Capucins"). */
  name: string;
}

/** The marker's face: a small glyph, hidden from assistive technologies (the link is named). */
const face = () => {
  const glyph = element('span', 'lending-marker__glyph', 'P');
  glyph.setAttribute('aria-hidden', 'true');
  return glyph;
};

/** Adds one marker per point; returns them (to remove them again). */
export const addPointMarkers = (map: LeafletMap, places: PointPlace[]): Marker[] =>
  places.map((place) =>
    linkMarker(
      [place.lat, place.lng],
      markerLink('map-marker__link lending-marker__link', place.href, place.name, face()),
      'lending-marker',
      [28, 28],
    ).addTo(map),
  );
