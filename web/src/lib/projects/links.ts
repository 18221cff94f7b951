/**
 * The project pages' language switch (their addresses, which other features link to, are the
 * kit's: `ui/links.ts`).
 */
import type { Locale } from '../../i18n/locales.ts';
import { type ProjectParam, projectParams } from '../ui/links.ts';

/**
 * Points the header's language switcher at the same project or search in the other language:
 * the static link knows only the page, not the query.
 */
export const carryQueryToOtherLanguage = (locale: Locale) => {
  const switcher = document.querySelector<HTMLAnchorElement>('header a[hreflang]');
  if (!switcher) return;
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const here = new URLSearchParams(window.location.search);
  const there = new URLSearchParams();
  for (const name of Object.keys(projectParams[locale]) as ProjectParam[]) {
    const value = here.get(projectParams[locale][name]);
    if (value) there.set(projectParams[other][name], value);
  }
  // Notices carried by e-mail links keep their (language-neutral) names.
  for (const flag of ['invitation', 'unsubscribed']) if (here.get(flag)) there.set(flag, '1');
  const base = switcher.getAttribute('href')?.split('?')[0] ?? '';
  const query = there.toString();
  switcher.setAttribute('href', query ? `${base}?${query}` : base);
};
