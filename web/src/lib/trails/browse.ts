/**
 * Browser island of the trails page (`views/trails/TrailBrowse.astro`): reads the published
 * trails once, builds the filter choices from them (areas, languages), and filters in place,
 * keeping the address (`?area=&language=`, so a filtered list is a link) and the focus where they
 * are. The map, a chunk of its own, shows where each listed trail starts.
 */

import { element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { languageName } from '../ui/format.ts';
import { lendingPlaces } from '../ui/lending-places.ts';
import { trailHref } from '../ui/links.ts';
import { pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { carryQueryToOtherLanguage } from './links.ts';
import { trailCard } from './trail-card.ts';
import type { TrailSummary } from './types.ts';

const FILTERS = ['area', 'language'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const matches = (trail: TrailSummary, filters: Filters) =>
  (!filters.area || trail.area === filters.area) && (!filters.language || trail.languages.includes(filters.language));

const startMap = (section: HTMLElement, s: Translate) => {
  const status = part(section, '[data-map-status]');
  const canvas = part(section, '[data-map-canvas]');
  const locale = pageLocale();
  let map: Promise<{ show(places: { lat: number; lng: number; href: string; name: string }[]): void } | undefined>;
  return (trails: TrailSummary[]) => {
    const places = trails.flatMap((trail) =>
      trail.start ? [{ ...trail.start, href: trailHref(locale, trail.id), name: trail.title }] : [],
    );
    if (places.length === 0) {
      canvas.hidden = true;
      status.hidden = false;
      status.textContent = s('trails.browse.map.empty');
      part(section, '[data-map-keyboard]').hidden = true;
      return;
    }
    map ??= Promise.all([
      import('./trail-maps.ts'),
      lendingPlaces(locale, (name) => s('lendingPoints.marker.name', { name })),
    ])
      .then(([{ browseMap }, lending]) => {
        canvas.hidden = false;
        part(section, '[data-map-legend]').hidden = lending.length === 0;
        return browseMap(
          canvas,
          {
            zoomIn: s('trails.map.zoomIn'),
            zoomOut: s('trails.map.zoomOut'),
            attribution: s('trails.map.attribution', {
              osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
            }),
          },
          lending,
        );
      })
      .catch((error: unknown) => {
        console.warn('The map could not be shown:', error);
        return undefined;
      });
    void map.then((shown) => {
      if (!shown) {
        canvas.hidden = true;
        status.hidden = false;
        status.textContent = s('trails.map.error');
        return;
      }
      canvas.hidden = false;
      status.hidden = true;
      part(section, '[data-map-keyboard]').hidden = false;
      shown.show(places);
    });
  };
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const form = part<HTMLFormElement>(root, '[data-trail-filters]');
  const list = part(root, '[data-results-list]');
  const status = part(root, '[data-results-status]');
  const errorLine = part(root, '[data-results-error]');
  const control = (filter: (typeof FILTERS)[number]) => part<HTMLSelectElement>(form, `[data-filter="${filter}"]`);
  const showOnMap = startMap(part(root, '[data-browse-map]'), s);
  let trails: TrailSummary[] = [];

  const fromAddress = (): Filters => {
    const query = new URLSearchParams(window.location.search);
    const wanted: Filters = {};
    for (const filter of FILTERS) {
      const value = query.get(filter)?.trim().slice(0, 80);
      if (value) wanted[filter] = value;
    }
    return wanted;
  };
  const fromForm = (): Filters =>
    Object.fromEntries(FILTERS.map((filter) => [filter, control(filter).value] as const).filter(([, value]) => value));
  const addressOf = (filters: Filters) => {
    const query = new URLSearchParams();
    for (const filter of FILTERS) if (filters[filter]) query.set(filter, filters[filter]);
    const text = query.toString();
    return `${window.location.pathname}${text ? `?${text}` : ''}`;
  };

  /** The choices, from the trails themselves; a value from the address is kept even if none has it. */
  const buildChoices = (wanted: Filters) => {
    const areas = new Set(trails.map((trail) => trail.area).filter(Boolean));
    const languages = new Set(trails.flatMap((trail) => trail.languages));
    if (wanted.area) areas.add(wanted.area);
    if (wanted.language) languages.add(wanted.language);
    const fill = (select: HTMLSelectElement, values: { value: string; label: string }[]) => {
      const any = select.options[0];
      const options = values
        .sort((a, b) => a.label.localeCompare(b.label, locale))
        .map(({ value, label }) => {
          const option = element('option', undefined, label);
          option.value = value;
          return option;
        });
      select.replaceChildren(...(any ? [any] : []), ...options);
    };
    fill(
      control('area'),
      [...areas].map((area) => ({ value: area, label: area })),
    );
    fill(
      control('language'),
      [...languages].map((code) => ({ value: code, label: languageName(locale, code) })),
    );
  };

  const show = (filters: Filters) => {
    for (const filter of FILTERS) control(filter).value = filters[filter] ?? '';
    const shown = trails.filter((trail) => matches(trail, filters));
    list.replaceChildren(...shown.map((trail) => trailCard(trail, s)));
    const filtered = Object.keys(filters).length > 0;
    status.textContent =
      trails.length === 0
        ? s('trails.empty')
        : shown.length === 0
          ? s('trails.browse.none')
          : filtered
            ? s(
                `trails.browse.countOf.${new Intl.PluralRules(locale).select(shown.length) === 'one' ? 'one' : 'other'}`,
                { count: shown.length, total: trails.length },
              )
            : plural(s, 'trails.browse.count', shown.length);
    root.dataset.state = trails.length === 0 ? 'empty' : 'ready';
    showOnMap(shown);
  };

  const load = async () => {
    errorLine.hidden = true;
    list.setAttribute('aria-busy', 'true');
    status.textContent = s('trails.loading');
    root.dataset.state = 'loading';
    try {
      const response = await fetch('/api/trails', { signal: requestTimeout() });
      if (!response.ok) throw new Error(`GET /api/trails answered ${response.status}`);
      trails = ((await response.json()) as { items: TrailSummary[] }).items;
      const wanted = fromAddress();
      buildChoices(wanted);
      show(wanted);
    } catch (error) {
      console.warn('The trails could not be loaded:', error);
      status.textContent = s('trails.error');
      errorLine.hidden = false;
      root.dataset.state = 'error';
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = fromForm();
    window.history.pushState(null, '', addressOf(wanted));
    carryQueryToOtherLanguage();
    show(wanted);
  });
  part(root, '[data-clear-filters]').addEventListener('click', (event) => {
    event.preventDefault();
    window.history.pushState(null, '', addressOf({}));
    carryQueryToOtherLanguage();
    show({});
    control('area').focus();
  });
  window.addEventListener('popstate', () => {
    carryQueryToOtherLanguage();
    show(fromAddress());
  });
  part(root, '[data-results-retry]').addEventListener('click', () => {
    list.focus();
    void load();
  });

  carryQueryToOtherLanguage();
  void load();
};

const root = document.querySelector<HTMLElement>('[data-trail-browse]');
if (root) start(root);
