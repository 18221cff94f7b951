import { randomUUID } from 'node:crypto';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import { mediaCard, mediaUseKeys } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { activityEntry } from './activity.ts';
import { requireMember } from './project-access.ts';
import { ownReadyMedia } from './project-media.ts';
import { projectKeys, queryCollection, transact } from './store.ts';

/** A journal post as stored in the project's collection (`J#…`). */
export interface PostRecord {
  id: string;
  slug: string;
  authorId: string;
  authorName: string;
  anonymous?: boolean;
  body: string;
  bodyHtml: string;
  /** Set (and kept current) through the medium's use: this item is one. */
  card?: ReturnType<typeof mediaCard>;
  mediaHidden?: boolean;
  createdAt: string;
}

/** A member posts an update (Markdown, rendered inert), optionally with their own media. */
export const postToJournal = async (
  deps: AppDeps,
  { viewer, slug, body, mediaId }: { viewer: Viewer; slug: string; body: string; mediaId?: string },
) => {
  await requireMember(deps, slug, viewer);
  const media = mediaId ? await ownReadyMedia(deps, viewer, mediaId) : undefined;
  const now = deps.clock.now().toISOString();
  const post: PostRecord = {
    id: randomUUID(),
    slug,
    authorId: viewer.id,
    authorName: viewer.attributionName,
    body,
    bodyHtml: renderMarkdown(body),
    card: media ? mediaCard(media) : undefined,
    createdAt: now,
  };
  await transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.post(slug, now, post.id),
          ...projectKeys.ofPerson(viewer.id, 'POST', `${slug}#${post.id}`),
          ...projectKeys.recentPost(now, slug, post.id),
          ...(media ? mediaUseKeys(media.id, `POST#${slug}#${post.id}`) : {}),
          ...post,
        },
      },
    },
    activityEntry(deps.tableName, slug, { at: now, actorName: viewer.attributionName, action: 'posted' }),
  ]);
  return post;
};

/** The journal, newest first, cursor-paginated (one Query). */
export const readJournal = async (deps: AppDeps, slug: string, page: { limit: number; startKey?: PageKey }) => {
  const { items, lastKey } = await queryCollection(deps, slug, 'J#', page);
  return { posts: items as unknown as PostRecord[], lastKey };
};
