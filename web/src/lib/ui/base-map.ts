/**
 * The one way the site starts a Leaflet map (projects, trails, the trail editor): tiles from the
 * server chosen at build time, translated zoom buttons, the tile provider's credit, no scroll-wheel
 * zoom (the page scrolls). Tiles are decoration: every map's markers and lists work without them.
 * Markers are links (named, focusable), so a keyboard or screen reader reaches what a map shows.
 */
import 'leaflet/dist/leaflet.css';
import {
  control,
  DomEvent,
  divIcon,
  type LatLngExpression,
  map as leafletMap,
  type MapOptions,
  marker,
  tileLayer,
} from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';
import { element } from './dom.ts';

/** The tile server, chosen at build time (astro.config.mjs sets the default the CSP allows). */
const TILE_URL: string = import.meta.env.PUBLIC_TILE_URL;

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

/** A link placed on the map, named by `name`: it takes the focus and the click, not the marker. */
export const markerLink = (className: string, href: string, name: string, ...content: Node[]) => {
  const link = element('a', className, ...content, element('span', 'visually-hidden', name));
  link.href = href;
  link.title = name;
  // A press on the link is a visit, not the start of a drag of the map.
  DomEvent.disableClickPropagation(link);
  return link;
};

const pinImage = (src: string, className: string, srcset?: string) => {
  const img = element('img', className);
  img.src = src;
  if (srcset) img.srcset = srcset;
  img.alt = '';
  img.width = 25;
  img.height = 41;
  return img;
};

/** Leaflet's pin picture, its shadow then its icon, classed `<block>__shadow` and `<block>__icon`. */
export const pinPicture = (block: string): HTMLImageElement[] => [
  pinImage(shadowUrl, `${block}__shadow`),
  pinImage(iconUrl, `${block}__icon`, `${iconRetinaUrl} 2x`),
];

/**
 * A marker holding a link: a pin (`[25, 41]`, its tip on the place) or, with `size`, a shape
 * centred on the place. The link inside takes the keyboard focus and the click.
 */
export const linkMarker = (at: LatLngExpression, link: HTMLElement, className: string, size?: [number, number]) =>
  marker(at, {
    keyboard: false,
    interactive: false,
    icon: divIcon({
      className,
      html: link,
      iconSize: size ?? [25, 41],
      iconAnchor: size ? [size[0] / 2, size[1] / 2] : [12, 41],
    }),
  });
