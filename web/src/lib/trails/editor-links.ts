/**
 * Addresses of the trail editor's pages. The creation page names its project in the page's
 * language (`?projet=` / `?project=`, like the project pages); the editor names its trail by `?id=`.
 */
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

export const trailNewParam = { fr: 'projet', en: 'project' } as const satisfies Record<Locale, string>;

/** `/parcours/nouveau/?projet=<slug>` or `/en/trails/new/?project=<slug>`. */
export const trailNewHref = (locale: Locale, slug: string) =>
  `${routes.trailNew[locale]}?${new URLSearchParams({ [trailNewParam[locale]]: slug })}`;

/** The trail id of the editor's address, when it looks like one (the API's slugs). */
export const trailIdFromQuery = (): string | undefined => {
  const id = new URLSearchParams(window.location.search).get('id')?.trim().toLowerCase();
  return id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length >= 3 && id.length <= 60 ? id : undefined;
};
