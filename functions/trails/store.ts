import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { queryByKind } from '../platform/query-by-kind.ts';
import type { TrailSummary } from './schema.ts';

/** Key formats of trails; the only place that knows them. */
export const trailKeys = {
  trail: (id: string) => ({ pk: `TRAIL#${id}`, sk: 'TRAIL' }),
  /** byKind: published trails, most recently published first. */
  publishedListing: (publishedAt: string, id: string) => ({
    kindPk: 'TRAILS#published',
    kindSk: `${publishedAt}#${id}`,
  }),
};

/** Published trails, newest first: one Query. */
export const listPublishedTrails = (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  page: { limit: number; startKey?: PageKey },
) =>
  queryByKind<TrailSummary>(deps, {
    kindPk: 'TRAILS#published',
    fields: ['id', 'title', 'area', 'languages', 'stopCount'],
    ...page,
  });
