/**
 * The map itself, with Leaflet (loaded only by pages that show a map, and only once there is
 * something to show). Each marker is a link to its project, named by its title; the view fits
 * the markers. Tiles are decoration: without them (offline, blocked) the markers and links work.
 */
import { DomEvent, divIcon, latLngBounds, marker } from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';
import { type BaseMapStrings, baseMap } from '../ui/base-map.ts';
import { element } from '../ui/dom.ts';
import type { MapProject } from './types.ts';

/** Close enough to see the street, not so close that one marker fills the map. */
const MAX_FIT_ZOOM = 15;

export interface MapStrings extends BaseMapStrings {
  hrefOf: (slug: string) => string;
}

const image = (src: string, className: string, srcset?: string) => {
  const img = element('img', className);
  img.src = src;
  if (srcset) img.srcset = srcset;
  img.alt = '';
  img.width = 25;
  img.height = 41;
  return img;
};

const markerLink = (project: MapProject, href: string) => {
  const link = element(
    'a',
    'project-marker__link',
    image(shadowUrl, 'project-marker__shadow'),
    image(iconUrl, 'project-marker__icon', `${iconRetinaUrl} 2x`),
    element('span', 'visually-hidden', project.title),
  );
  link.href = href;
  link.title = project.title;
  // A press on the link is a visit, not the start of a drag of the map.
  DomEvent.disableClickPropagation(link);
  return link;
};

export const showMap = (canvas: HTMLElement, projects: MapProject[], strings: MapStrings) => {
  const map = baseMap(canvas, strings);
  for (const project of projects) {
    marker([project.place.lat, project.place.lng], {
      // The link inside takes the keyboard focus and the click, not the marker's own element.
      keyboard: false,
      interactive: false,
      icon: divIcon({
        className: 'project-marker',
        html: markerLink(project, strings.hrefOf(project.slug)),
        iconSize: [25, 41],
        iconAnchor: [12, 41],
      }),
    }).addTo(map);
  }
  map.fitBounds(latLngBounds(projects.map((project) => [project.place.lat, project.place.lng])), {
    padding: [32, 32],
    maxZoom: MAX_FIT_ZOOM,
  });
  return map;
};
