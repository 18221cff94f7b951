import { randomUUID } from 'node:crypto';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import { mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { requireMember } from './project-access.ts';
import { ownReadyMedia } from './project-media.ts';
import { projectPageChanged } from './public-paths.ts';
import type { PostRecord } from './schema.ts';
import { addJournalPost } from './store.ts';

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
  await addJournalPost(deps, post, { at: now, actorName: viewer.attributionName, action: 'posted' });
  await projectPageChanged(deps, slug);
  return post;
};
