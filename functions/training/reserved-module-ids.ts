/**
 * Folder names no module may take. A module's pages live at `/formations/<module>/` and
 * `/en/training/<module>/`, beside the catalogue's fixed pages (web/src/i18n/routes.ts): a module
 * named `ateliers` would build its page over the workshops'. Every first segment of a fixed page
 * below the catalogue, in both languages, is here (tests/unit/training/reserved-module-ids.test.ts
 * reads the site's routes, so a page added there without its name here fails the tests).
 */
export const RESERVED_MODULE_IDS: ReadonlySet<string> = new Set([
  // /formations/ateliers/, /en/training/workshops/: the workshops to come.
  'ateliers',
  'workshops',
  // /formations/animer/, /en/training/teach/: the instructors' pages.
  'animer',
  'teach',
  // /formations/verifier/, /en/training/verify/: the public verification of a badge.
  'verifier',
  'verify',
]);
