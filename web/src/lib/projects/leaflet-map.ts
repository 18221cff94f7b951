/**
 * The map itself, with Leaflet (loaded only by pages that show a map, and only once there is
 * something to show). Each marker is a link to its project, named by its title; the view fits
 * the markers. Tiles are decoration: without them (offline, blocked) the markers and links work.
 */
import { latLngBounds } from 'leaflet';
import { type BaseMapStrings, baseMap, linkMarker, markerLink, pinPicture } from '../ui/base-map.ts';
import { addPointMarkers, type PointPlace } from '../ui/lending-markers.ts';
import type { MapProject } from './types.ts';

/** Close enough to see the street, not so close that one marker fills the map. */
const MAX_FIT_ZOOM = 15;

export interface MapStrings extends BaseMapStrings {
  hrefOf: (slug: string) => string;
}

/** The projects' pins, and the lending points with their own marker (`lending`, possibly none). */
export const showMap = (
  canvas: HTMLElement,
  projects: MapProject[],
  strings: MapStrings,
  lending: PointPlace[] = [],
) => {
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
  addPointMarkers(map, lending);
  const places: [number, number][] = [
    ...projects.map((project): [number, number] => [project.place.lat, project.place.lng]),
    ...lending.map((place): [number, number] => [place.lat, place.lng]),
  ];
  map.fitBounds(latLngBounds(places), {
    padding: [32, 32],
    maxZoom: MAX_FIT_ZOOM,
  });
  return map;
};
