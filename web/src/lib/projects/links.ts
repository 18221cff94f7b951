/**
 * Addresses of the project pages, shared by every island that links to a project. The query
 * parameters speak the page's language; the French ones are fixed by the e-mails the API sends
 * (`/projets/voir/?projet=<slug>&invitation=1`, `&unsubscribed=1`).
 */
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

export const projectParams = {
  fr: { project: 'projet', q: 'q', neighbourhood: 'quartier', tag: 'mot-cle', status: 'etat' },
  en: { project: 'project', q: 'q', neighbourhood: 'neighbourhood', tag: 'tag', status: 'status' },
} as const satisfies Record<Locale, Record<string, string>>;

export type ProjectParam = keyof (typeof projectParams)['fr'];

/** The language of the current document, as one of the site's locales. */
export const pageLocale = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'fr');

/** `/projets/voir/?projet=<slug>` or `/en/projects/view/?project=<slug>`. */
export const projectHref = (locale: Locale, slug: string): string =>
  `${routes.projectView[locale]}?${new URLSearchParams({ [projectParams[locale].project]: slug })}`;

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
