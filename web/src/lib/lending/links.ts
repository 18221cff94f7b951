import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

/** `/pret/point/?id=<id>` or `/en/lending/point/?id=<id>`: one static page for every lending point. */
export const lendingPointHref = (locale: Locale, id: string) =>
  `${routes.lendingPoint[locale]}?${new URLSearchParams({ id })}`;
