/**
 * Browser island of a lending point's page (`views/lending/PointView.astro`, `?id=<point>`): one
 * static page for every point, filled from `GET /api/lending/points/{id}`.
 */
import { part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';
import { showPointsMap } from './map-section.ts';
import { pointDetails } from './point-details.ts';
import type { LendingPoint } from './types.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const show = (state: 'loading' | 'missing' | 'notFound' | 'error' | 'ready') => {
    root.dataset.state = state;
    for (const panel of root.querySelectorAll<HTMLElement>('[data-state-panel]'))
      panel.hidden = panel.dataset.statePanel !== state;
  };
  const id = new URLSearchParams(window.location.search).get('id')?.trim() ?? '';

  const load = async () => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return show('missing');
    show('loading');
    try {
      const response = await fetch(`/api/lending/points/${encodeURIComponent(id)}`, { signal: requestTimeout() });
      if (response.status === 404 || response.status === 400) return show('notFound');
      if (!response.ok) throw new Error(`GET /api/lending/points/${id} answered ${response.status}`);
      const point = (await response.json()) as LendingPoint;
      part(root, '[data-title]').textContent = point.name;
      document.title = s('site.titleSuffix', { page: point.name });
      part(root, '[data-address]').textContent = point.address;
      const description = part(root, '[data-description]');
      description.textContent = point.description?.[locale] ?? '';
      description.hidden = !point.description;
      part(root, '[data-details]').replaceChildren(pointDetails(point, locale, s, 'h2'));
      show('ready');
      await showPointsMap(part(root, '[data-points-map]'), [point], locale, s);
    } catch (error) {
      console.warn('The lending point could not be loaded:', error);
      show('error');
    }
  };
  part(root, '[data-retry]').addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-lending-point]');
if (root) start(root);
