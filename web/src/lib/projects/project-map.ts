/**
 * Browser island of the projects map (`views/projects/Browse.astro`): asks the API for the
 * projects that have a place, lists them (the map's text alternative), and only then loads Leaflet
 * and the map, in a chunk of its own. Without places, no map and no tile is requested.
 */
import { api } from '../api.ts';
import { element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { lendingPlaces } from '../ui/lending-places.ts';
import { projectHref } from '../ui/links.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';

const start = async (section: HTMLElement) => {
  const s = stringsOf(section);
  const locale = pageLocale();
  const status = part(section, '[data-map-status]');
  const canvas = part(section, '[data-map-canvas]');
  try {
    // The lending points share the map, with their own marker and the legend under it.
    const [response, lending] = await Promise.all([
      api.api.projects.map.$get({}, { init: { signal: requestTimeout() } }),
      lendingPlaces(locale, (name) => s('lendingPoints.marker.name', { name })),
    ]);
    if (!response.ok) throw new Error(`GET /api/projects/map answered ${response.status}`);
    const { items } = await response.json();
    if (items.length === 0 && lending.length === 0) {
      status.textContent = s('projects.map.empty');
      return;
    }
    const links = [
      ...items.map((item) => ({ href: projectHref(locale, item.slug), name: item.title })),
      ...lending,
    ].map(({ href, name }) => {
      const link = element('a', undefined, name);
      link.href = href;
      return element('li', undefined, link);
    });
    part(section, '[data-map-list-items]').replaceChildren(...links);
    part(section, '[data-map-list-summary]').textContent = s('projects.map.list', { count: items.length });
    part(section, '[data-map-list]').hidden = false;

    const { showMap } = await import('./leaflet-map.ts');
    canvas.hidden = false;
    part(section, '[data-map-legend]').hidden = lending.length === 0;
    showMap(
      canvas,
      items,
      {
        hrefOf: (slug) => projectHref(locale, slug),
        zoomIn: s('projects.map.zoomIn'),
        zoomOut: s('projects.map.zoomOut'),
        attribution: s('projects.map.attribution', {
          osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }),
      },
      lending,
    );
    status.hidden = true;
    part(section, '[data-map-keyboard]').hidden = false;
  } catch (error) {
    console.warn('The map could not be shown:', error);
    canvas.hidden = true;
    status.textContent = s('projects.map.error');
  }
};

const section = document.querySelector<HTMLElement>('[data-project-map]');
if (section) void start(section);
