/**
 * Browser island of the lending points page (`views/lending/PointsBrowse.astro`): reads the points
 * once (`GET /api/lending/points`, cached at the edge), lists each with its hours in words and its
 * closures coming up, and shows them on the map (the list is the map's text alternative).
 */
import { element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { lendingPointHref } from '../ui/links.ts';
import { pageLocale, plural, stringsOf } from '../ui/strings.ts';
import { showPointsMap } from './map-section.ts';
import { pointDetails } from './point-details.ts';
import type { LendingPoint } from './types.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const list = part(root, '[data-results-list]');
  const status = part(root, '[data-results-status]');
  const errorLine = part(root, '[data-results-error]');

  const card = (point: LendingPoint) => {
    const link = element('a', undefined, point.name);
    link.href = lendingPointHref(locale, point.id);
    link.setAttribute('aria-label', s('lendingPoints.card.page', { name: point.name }));
    return element(
      'li',
      'lending-card',
      element('h3', 'lending-card__title', link),
      element('p', 'lending-card__address', point.address),
      pointDetails(point, locale, s, 'h4'),
    );
  };

  const load = async () => {
    errorLine.hidden = true;
    list.setAttribute('aria-busy', 'true');
    status.textContent = s('lendingPoints.loading');
    root.dataset.state = 'loading';
    try {
      const response = await fetch('/api/lending/points', { signal: requestTimeout() });
      if (!response.ok) throw new Error(`GET /api/lending/points answered ${response.status}`);
      const points = ((await response.json()) as { items: LendingPoint[] }).items;
      list.replaceChildren(...points.map(card));
      status.textContent =
        points.length === 0 ? s('lendingPoints.empty') : plural(s, 'lendingPoints.count', points.length);
      root.dataset.state = points.length === 0 ? 'empty' : 'ready';
      await showPointsMap(part(root, '[data-points-map]'), points, locale, s);
    } catch (error) {
      console.warn('The lending points could not be loaded:', error);
      status.textContent = s('lendingPoints.error');
      errorLine.hidden = false;
      root.dataset.state = 'error';
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  };

  part(root, '[data-results-retry]').addEventListener('click', () => {
    list.focus();
    void load();
  });
  void load();
};

const root = document.querySelector<HTMLElement>('[data-lending-points]');
if (root) start(root);
