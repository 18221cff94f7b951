import { routes } from '../../i18n/routes.ts';

/**
 * A unit's page, `/pret/unite/?tag=AUD-0007`. The labels' QR codes carry its absolute address in
 * the city's default language (French), whoever prints them: the page has the language switch.
 */
export const unitPath = (tag: string): string => `${routes.lendingUnit.fr}?${new URLSearchParams({ tag })}`;

/** The absolute address a label's QR code carries, on the site's own origin. */
export const unitUrl = (origin: string, tag: string): string => new URL(unitPath(tag), origin).href;

/** The `?tag=` of a unit's page, when it looks like an asset tag (upper-cased, as the API stores tags). */
export const tagFromQuery = (search: string = window.location.search): string | undefined => {
  const tag = new URLSearchParams(search).get('tag')?.trim().toUpperCase();
  return tag && /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(tag) && tag.length <= 24 ? tag : undefined;
};
