/**
 * Addresses of the pages that islands of other features link to (a trail names its project, the
 * moderation queue its items, a stop its medium and contributor, a refused publication the training
 * it needs). A feature's own addresses stay
 * in its `links.ts`. The query parameters of the project pages speak the page's language; the
 * French ones are fixed by the e-mails the API sends (`/projets/voir/?projet=<slug>&invitation=1`).
 */
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

export const projectParams = {
  fr: { project: 'projet', q: 'q', neighbourhood: 'quartier', tag: 'mot-cle', status: 'etat' },
  en: { project: 'project', q: 'q', neighbourhood: 'neighbourhood', tag: 'tag', status: 'status' },
} as const satisfies Record<Locale, Record<string, string>>;

export type ProjectParam = keyof (typeof projectParams)['fr'];

const withId = (path: string, id: string) => `${path}?${new URLSearchParams({ id })}`;

/** `/projets/voir/?projet=<slug>` or `/en/projects/view/?project=<slug>`. */
export const projectHref = (locale: Locale, slug: string): string =>
  `${routes.projectView[locale]}?${new URLSearchParams({ [projectParams[locale].project]: slug })}`;

/** `/parcours/voir/?id=<id>` or `/en/trails/view/?id=<id>`: one static page for every trail. */
export const trailHref = (locale: Locale, id: string) => withId(routes.trailView[locale], id);

/** A contributor's public page. */
export const contributorHref = (locale: Locale, id: string) => withId(routes.contributor[locale], id);

/** A medium's public page (its transcript and captions are fixed from "My media" by its owner). */
export const mediaViewHref = (locale: Locale, id: string) => withId(routes.mediaView[locale], id);

/** A lending model's page (a medium names the city's kit it was recorded with). */
export const equipmentModelHref = (locale: Locale, id: string) => withId(routes.lendingModel[locale], id);

/**
 * A training module's page, `/formations/<module>/` or `/en/training/<module>/`: built one per
 * module under the catalogue, so the path carries the module's folder name (`content/training/`).
 */
export const trainingModuleHref = (locale: Locale, moduleId: string): `/${string}` =>
  `${routes.training[locale]}${moduleId}/`;

/** `/pret/point/?id=<id>` or `/en/lending/point/?id=<id>`: one static page for every lending point (the maps link there). */
export const lendingPointHref = (locale: Locale, id: string) => withId(routes.lendingPoint[locale], id);
