/**
 * The addresses of a module's files. Its pages are `trainingModuleHref` (`lib/ui/links.ts`: other
 * features link to them too); the media and the source archive are served once, under the French
 * page, for both languages.
 */
import { trainingModuleHref } from '../ui/links.ts';

/** Where a module's `media/` files are served (`/formations/<module>/media/`). */
export const trainingMediaBase = (moduleId: string): string => `${trainingModuleHref('fr', moduleId)}media/`;

/** The file name of a module's source archive: its folder name and version. */
export const sourceArchiveName = (moduleId: string, version: string): string => `${moduleId}-${version}.zip`;

/** Where a module's source archive is served. */
export const sourceArchivePath = (moduleId: string, version: string): string =>
  `${trainingModuleHref('fr', moduleId)}${sourceArchiveName(moduleId, version)}`;
