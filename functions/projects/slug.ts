import { slugOf } from '../text/slug.ts';

/** A readable URL slug from a title: "Voix de Recouvrance !" → "voix-de-recouvrance". Pure. */
export const slugify = (title: string): string => slugOf(title, 50, 'projet');

/** Candidates after a taken slug: "x", "x-2", "x-3", … */
export const slugCandidates = (base: string, count = 20): string[] => [
  base,
  ...Array.from({ length: count - 1 }, (_, i) => `${base.slice(0, 56)}-${i + 2}`),
];
