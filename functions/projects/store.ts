import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { queryByKind } from '../platform/query-by-kind.ts';
import type { ProjectSummary } from './schema.ts';

/** Key formats of projects; the only place that knows them. */
export const projectKeys = {
  project: (slug: string) => ({ pk: `PROJECT#${slug}`, sk: 'PROJECT' }),
  /** byKind: public projects, most recently updated first. */
  publicListing: (updatedAt: string, slug: string) => ({ kindPk: 'PROJECTS#public', kindSk: `${updatedAt}#${slug}` }),
};

/** The public project list, newest first: one Query. */
export const listPublicProjects = (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  page: { limit: number; startKey?: PageKey },
) =>
  queryByKind<ProjectSummary>(deps, {
    kindPk: 'PROJECTS#public',
    fields: ['slug', 'title', 'summary', 'neighbourhood', 'status', 'tags'],
    ...page,
  });
