import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { visibleProject } from './project-access.ts';
import { toJournalPost } from './project-views.ts';
import { isListedPublicly, readActivityPage, readJournalPage } from './store.ts';

interface PageRequest {
  slug: string;
  viewer: Viewer | null;
  cursor?: string;
  limit: number;
}

/** The journal of a project the viewer may see, newest first, cursor-paginated (one Query). */
export const readProjectJournal = async (deps: AppDeps, { slug, viewer, cursor, limit }: PageRequest) => {
  const project = await visibleProject(deps, slug, viewer);
  const page = await readJournalPage(deps, slug, { limit, startKey: decodeCursor(cursor) });
  return {
    view: { items: page.items.map(toJournalPost), nextCursor: encodeCursor(page.lastKey) },
    cache: isListedPublicly(project) ? 'public' : 'private',
  } satisfies Read<unknown>;
};

/** Who changed what, when, in a project the viewer may see: newest first, cursor-paginated. */
export const readProjectActivity = async (deps: AppDeps, { slug, viewer, cursor, limit }: PageRequest) => {
  const project = await visibleProject(deps, slug, viewer);
  const page = await readActivityPage(deps, slug, { limit, startKey: decodeCursor(cursor) });
  return {
    view: {
      items: page.items.map(({ at, actorName, action, detail }) => ({ at, actorName, action, detail })),
      nextCursor: encodeCursor(page.lastKey),
    },
    cache: isListedPublicly(project) ? 'public' : 'private',
  } satisfies Read<unknown>;
};
