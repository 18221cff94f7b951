/**
 * The one way the site starts a Leaflet map (projects, trails, the trail editor): tiles from the
 * server chosen at build time, translated zoom buttons, the tile provider's credit, no scroll-wheel
 * zoom (the page scrolls). Tiles are decoration: every map's markers and lists work without them.
 */
import 'leaflet/dist/leaflet.css';
import { control, map as leafletMap, type MapOptions, tileLayer } from 'leaflet';

/** The tile server, chosen at build time (the CSP's img-src must allow it). */
const TILE_URL: string = import.meta.env.PUBLIC_TILE_URL || 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface BaseMapStrings {
  zoomIn: string;
  zoomOut: string;
  /** HTML, from the dictionary (trusted): the tile provider's required credit. */
  attribution: string;
}

export const baseMap = (canvas: HTMLElement, strings: BaseMapStrings, options: MapOptions = {}) => {
  const map = leafletMap(canvas, { zoomControl: false, attributionControl: false, scrollWheelZoom: false, ...options });
  control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
  control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
  tileLayer(TILE_URL, { attribution: strings.attribution, maxZoom: 19 }).addTo(map);
  return map;
};
