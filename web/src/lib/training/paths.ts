/**
 * The addresses of a module's pages and files. The module pages are built one per module, so
 * their paths carry the module's folder name; the media and the source archive are served once,
 * under the French page, for both languages.
 */
import type { Locale } from '../../i18n/locales.ts';

const BASE: Record<Locale, string> = { fr: '/formations/', en: '/en/training/' };

/** `/formations/<module>/` or `/en/training/<module>/`. */
export const trainingModulePath = (moduleId: string, locale: Locale): `/${string}` =>
  `${BASE[locale]}${moduleId}/` as `/${string}`;

/** Where a module's `media/` files are served (`/formations/<module>/media/`). */
export const trainingMediaBase = (moduleId: string): string => `${BASE.fr}${moduleId}/media/`;

/** The file name of a module's source archive: its folder name and version. */
export const sourceArchiveName = (moduleId: string, version: string): string => `${moduleId}-${version}.zip`;

/** Where a module's source archive is served. */
export const sourceArchivePath = (moduleId: string, version: string): string =>
  `${BASE.fr}${moduleId}/${sourceArchiveName(moduleId, version)}`;
