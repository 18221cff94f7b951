/**
 * The project page's reads. Signed-in people may just have changed the project: they read past
 * the caches (browser and CDN), as does any read made right after a change.
 */
import { api } from '../../api.ts';
import { requestTimeout, uncachedFetch } from '../../ui/fetch.ts';
import { maybeSignedIn } from '../../ui/session.ts';
import type { ActivityEntry, JournalPost } from '../types.ts';

const PAGE_SIZE = '10';

export interface ReadPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** One page of a list; a refusal is thrown, for the list to say it could not be read. */
const pageOf = async <T>(what: string, request: Promise<Response>): Promise<ReadPage<T>> => {
  const response = await request;
  if (!response.ok) throw new Error(`The ${what} answered ${response.status}`);
  return (await response.json()) as ReadPage<T>;
};

export const projectReads = (slug: string) => {
  const fresh = maybeSignedIn();
  const init = (bypassCache: boolean) => ({
    ...(bypassCache ? { fetch: uncachedFetch } : {}),
    init: { signal: requestTimeout() },
  });
  const endpoint = api.api.projects[':slug'];
  const param = { slug };
  const listQuery = (cursor: string | undefined) => ({ param, query: { limit: PAGE_SIZE, cursor } });
  return {
    /** The project; `bypassCache` after a change (a signed-in person's first read also does). */
    project: (bypassCache = fresh) => endpoint.$get({ param }, init(bypassCache)),
    journal: (cursor: string | undefined, bypassCache: boolean) =>
      pageOf<JournalPost>('journal', endpoint.journal.$get(listQuery(cursor), init(bypassCache || fresh))),
    activity: (cursor: string | undefined, bypassCache: boolean) =>
      pageOf<ActivityEntry>('activity', endpoint.activity.$get(listQuery(cursor), init(bypassCache || fresh))),
  };
};

export type ProjectReads = ReturnType<typeof projectReads>;
