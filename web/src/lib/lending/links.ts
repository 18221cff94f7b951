import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

/** A model's page: `/pret/materiel/voir/?id=<model>` or `/en/lending/equipment/view/?id=<model>`. */
export const modelHref = (locale: Locale, id: string): string =>
  `${routes.lendingModel[locale]}?${new URLSearchParams({ id })}`;

/** The `?id=` of a model's page, when it looks like a model's id (a slug). */
export const modelIdFromQuery = (): string | undefined => {
  const id = new URLSearchParams(window.location.search).get('id')?.trim().toLowerCase();
  return id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 64 ? id : undefined;
};
