/**
 * A readable id for an address from a name: accents dropped, lower case, runs of anything else
 * made one hyphen, at most `max` characters, never ending on a hyphen; `fallback` when nothing is
 * left. "Voix de Recouvrance !" → `voix-de-recouvrance`. Pure; knows no feature.
 */
export const slugOf = (text: string, max: number, fallback: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '') || fallback;
