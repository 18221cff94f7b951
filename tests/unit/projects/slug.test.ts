import { describe, expect, it } from 'vitest';
import { slugCandidates, slugify } from '../../../functions/projects/slug.ts';

describe('slugs', () => {
  it.each([
    ['Voix de Recouvrance !', 'voix-de-recouvrance'],
    ['  Café réparation — Bellevue  ', 'cafe-reparation-bellevue'],
    ['Ÿ€$', 'y'],
    ['!!!', 'projet'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('stays short and never ends with a dash', () => {
    const slug = slugify(`${'mot '.repeat(30)}fin`);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug).not.toMatch(/-$/);
  });

  it('proposes numbered alternatives', () => {
    expect(slugCandidates('atelier', 3)).toEqual(['atelier', 'atelier-2', 'atelier-3']);
  });
});
