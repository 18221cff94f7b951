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

export const projectReads = (slug: string) => {
  const fresh = maybeSignedIn();
  const init = (bypassCache: boolean) => ({
    ...(bypassCache ? { fetch: uncachedFetch } : {}),
    init: { signal: requestTimeout() },
  });
  const endpoint = api.api.projects[':slug'];
  const param = { slug };
  return {
    /** The project; `bypassCache` after a change (a signed-in person's first read also does). */
    project: (bypassCache = fresh) => endpoint.$get({ param }, init(bypassCache)),
    journal: async (cursor: string | undefined, bypassCache: boolean): Promise<ReadPage<JournalPost>> => {
      const response = await endpoint.journal.$get(
        { param, query: { limit: PAGE_SIZE, cursor } },
        init(bypassCache || fresh),
      );
      if (!response.ok) throw new Error(`The journal answered ${response.status}`);
      return response.json();
    },
    activity: async (cursor: string | undefined, bypassCache: boolean): Promise<ReadPage<ActivityEntry>> => {
      const response = await endpoint.activity.$get(
        { param, query: { limit: PAGE_SIZE, cursor } },
        init(bypassCache || fresh),
      );
      if (!response.ok) throw new Error(`The activity answered ${response.status}`);
      return response.json();
    },
  };
};

export type ProjectReads = ReturnType<typeof projectReads>;
