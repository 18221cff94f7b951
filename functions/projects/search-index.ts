import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { ProjectRecord, ProjectStatus, ProjectSummary } from './schema.ts';
import { isListedPublicly, readSearchIndex, writeSearchIndex } from './store.ts';

/**
 * Residents' project list, filters, search and map are served from one compact index: every
 * public project's summary in one gzipped item (~90 bytes a project once compressed), read in
 * one GetItem and filtered in memory. Correct and fast up to the item limit of 400 KB, about
 * 4,000 projects; past that, shard it by neighbourhood or move it to an S3 object behind
 * CloudFront (the same JSON), or to a search service.
 */
export const summaryOf = (project: ProjectRecord): ProjectSummary => ({
  slug: project.slug,
  title: project.title,
  summary: project.summary,
  neighbourhood: project.neighbourhood,
  status: project.status,
  tags: project.tags,
  place: project.place,
  featured: project.featured || undefined,
  coverUrl: project.coverUrl,
  updatedAt: project.updatedAt,
});

/** Puts a project's summary in the index, or takes it out when it is no longer public. */
export const refreshSearchEntry = async (deps: Pick<AppDeps, 'db' | 'tableName'>, project: ProjectRecord) => {
  // Optimistic concurrency on the index version: re-read and retry when another change won.
  for (let attempt = 0; attempt < 8; attempt++) {
    const index = await readSearchIndex(deps);
    const entries = { ...index.entries };
    if (isListedPublicly(project)) entries[project.slug] = summaryOf(project);
    else delete entries[project.slug];
    if (await writeSearchIndex(deps, { version: index.version, entries })) return;
  }
  throw new AppError('conflict', 'Many projects are changing at once; please try again.');
};

/** Lowercase, no accents: "Église" matches "eglise". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export interface ProjectFilters {
  q?: string;
  neighbourhood?: string;
  tag?: string;
  status?: ProjectStatus;
  featured?: boolean;
}

/** Filters and orders the index: featured first, then most recently updated. Pure. */
export const searchProjects = (entries: Record<string, ProjectSummary>, filters: ProjectFilters): ProjectSummary[] => {
  const words = filters.q ? fold(filters.q).split(/\s+/).filter(Boolean) : [];
  const neighbourhood = filters.neighbourhood && fold(filters.neighbourhood);
  return Object.values(entries)
    .filter((p) => !filters.status || p.status === filters.status)
    .filter((p) => !filters.tag || p.tags.includes(filters.tag))
    .filter((p) => !neighbourhood || fold(p.neighbourhood ?? '') === neighbourhood)
    .filter((p) => filters.featured === undefined || Boolean(p.featured) === filters.featured)
    .filter((p) => {
      if (words.length === 0) return true;
      const haystack = fold([p.title, p.summary, p.neighbourhood ?? '', ...p.tags].join(' '));
      return words.every((word) => haystack.includes(word));
    })
    .sort(
      (a, b) =>
        Number(Boolean(b.featured)) - Number(Boolean(a.featured)) ||
        (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') ||
        a.slug.localeCompare(b.slug),
    );
};

/** Offset cursors over a filtered list: opaque to clients, checked on the way back. */
export const pageOfResults = <T>(results: T[], { cursor, limit }: { cursor?: string; limit: number }) => {
  const offset = cursor ? Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppError('validation', 'The cursor is not one this API gave out.', {
      extensions: { errors: [{ in: 'query', path: 'cursor', message: 'Invalid cursor' }] },
    });
  }
  const items = results.slice(offset, offset + limit);
  const next = offset + limit < results.length ? Buffer.from(String(offset + limit)).toString('base64url') : null;
  return { items, nextCursor: next, total: results.length };
};
