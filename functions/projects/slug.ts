/** A readable URL slug from a title: "Voix de Recouvrance !" → "voix-de-recouvrance". Pure. */
export const slugify = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '') || 'projet';

/** Candidates after a taken slug: "x", "x-2", "x-3", … */
export const slugCandidates = (base: string, count = 20): string[] => [
  base,
  ...Array.from({ length: count - 1 }, (_, i) => `${base.slice(0, 56)}-${i + 2}`),
];
