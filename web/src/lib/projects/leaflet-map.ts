/**
 * The map itself, with Leaflet (loaded only by pages that show a map, and only once there is
 * something to show). Each marker is a link to its project, named by its title; the view fits
 * the markers. Tiles are decoration: without them (offline, blocked) the markers and links work.
 */
import { latLngBounds } from 'leaflet';
import { type BaseMapStrings, baseMap, linkMarker, markerLink, pinPicture } from '../ui/base-map.ts';
import type { MapProject } from './types.ts';

/** Close enough to see the street, not so close that one marker fills the map. */
const MAX_FIT_ZOOM = 15;

export interface MapStrings extends BaseMapStrings {
  hrefOf: (slug: string) => string;
}

export const showMap = (canvas: HTMLElement, projects: MapProject[], strings: MapStrings) => {
  const map = baseMap(canvas, strings);
  for (const project of projects) {
    const link = markerLink(
      'project-marker__link',
      strings.hrefOf(project.slug),
      project.title,
      ...pinPicture('project-marker'),
    );
    linkMarker([project.place.lat, project.place.lng], link, 'project-marker').addTo(map);
  }
  map.fitBounds(latLngBounds(projects.map((project) => [project.place.lat, project.place.lng])), {
    padding: [32, 32],
    maxZoom: MAX_FIT_ZOOM,
  });
  return map;
};
