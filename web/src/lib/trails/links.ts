/**
 * Addresses of the trail pages. A trail page is one static page for every trail, `?id=<trail id>`
 * naming which, in both languages (the offline copy of a trail is cached under that address).
 * The trail page's own address, which other features link to, is the kit's (`ui/links.ts`).
 */
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

const withId = (path: string, id: string) => `${path}?${new URLSearchParams({ id })}`;

/** The stewards' editor; the same `?id=` names the trail. */
export const trailEditHref = (locale: Locale, id: string) => withId(routes.trailEdit[locale], id);

/** The browse page, filtered (`?area=&language=`: the same names in both languages). */
export const trailsHref = (locale: Locale, filters: { area?: string; language?: string } = {}) => {
  const query = new URLSearchParams();
  if (filters.area) query.set('area', filters.area);
  if (filters.language) query.set('language', filters.language);
  const text = query.toString();
  return text ? `${routes.trails[locale]}?${text}` : routes.trails[locale];
};

/**
 * Points the header's language switcher at the same trail or filters in the other language: the
 * static link knows only the page, not the query (whose names are the same in both languages).
 */
export const carryQueryToOtherLanguage = () => {
  const switcher = document.querySelector<HTMLAnchorElement>('header a[hreflang]');
  if (!switcher) return;
  const base = switcher.getAttribute('href')?.split('?')[0] ?? '';
  const here = new URLSearchParams(window.location.search);
  const there = new URLSearchParams();
  for (const name of ['id', 'area', 'language']) {
    const value = here.get(name);
    if (value) there.set(name, value);
  }
  const query = there.toString();
  switcher.setAttribute('href', query ? `${base}?${query}` : base);
};
