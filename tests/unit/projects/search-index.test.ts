import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../functions/projects/schema.ts';
import { pageOfResults, searchProjects } from '../../../functions/projects/search-index.ts';

const project = (slug: string, fields: Partial<ProjectSummary> = {}): ProjectSummary => ({
  slug,
  title: slug,
  summary: '',
  status: 'active',
  tags: [],
  updatedAt: '2026-01-01T00:00:00Z',
  ...fields,
});

const entries = Object.fromEntries(
  [
    project('pont', { title: 'Le Pont levant', neighbourhood: 'Recouvrance', tags: ['son'], updatedAt: '2026-03-01' }),
    project('marche', {
      title: 'Marché raconté',
      summary: 'Histoires de Saint-Martin',
      tags: ['mémoire'],
      updatedAt: '2026-02-01',
    }),
    project('cafe', { title: 'Café réparation', status: 'completed', featured: true, updatedAt: '2025-01-01' }),
  ].map((p) => [p.slug, p]),
);

describe('project search (pure)', () => {
  it('puts featured first, then most recently updated', () => {
    expect(searchProjects(entries, {}).map((p) => p.slug)).toEqual(['cafe', 'pont', 'marche']);
  });

  it('matches every word, ignoring case and accents, over title, summary, tags and neighbourhood', () => {
    expect(searchProjects(entries, { q: 'MARCHE saint' }).map((p) => p.slug)).toEqual(['marche']);
    expect(searchProjects(entries, { q: 'memoire' }).map((p) => p.slug)).toEqual(['marche']);
    expect(searchProjects(entries, { q: 'recouvrance son' }).map((p) => p.slug)).toEqual(['pont']);
    expect(searchProjects(entries, { q: 'pont marché' })).toEqual([]);
  });

  it('filters by status, tag, neighbourhood and featured', () => {
    expect(searchProjects(entries, { status: 'completed' }).map((p) => p.slug)).toEqual(['cafe']);
    expect(searchProjects(entries, { tag: 'son' }).map((p) => p.slug)).toEqual(['pont']);
    expect(searchProjects(entries, { neighbourhood: 'recouvrance' }).map((p) => p.slug)).toEqual(['pont']);
    expect(searchProjects(entries, { featured: false }).map((p) => p.slug)).toEqual(['pont', 'marche']);
  });

  it('pages with opaque cursors', () => {
    const all = searchProjects(entries, {});
    const first = pageOfResults(all, { limit: 2 });
    expect(first.items.map((p) => p.slug)).toEqual(['cafe', 'pont']);
    const second = pageOfResults(all, { limit: 2, cursor: first.nextCursor ?? '' });
    expect(second).toMatchObject({ nextCursor: null, total: 3 });
    expect(second.items.map((p) => p.slug)).toEqual(['marche']);
    expect(() => pageOfResults(all, { limit: 2, cursor: 'bogus' })).toThrow(/cursor/);
  });
});
