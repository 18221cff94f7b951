import type { z } from '@hono/zod-openapi';
import type { MediaCard } from '../media/public.ts';
import type { PostRecord } from './post-to-journal.ts';
import type { JournalPostSchema, MemberRecord, ProjectDetailSchema, ProjectRecord } from './schema.ts';
import { summaryOf } from './search-index.ts';

interface AttachmentItem {
  card: MediaCard;
  attachedAt: string;
  mediaHidden?: boolean;
}

/** The project page from its `P#` items: the project, members (by attribution name) and library. */
export const toProjectDetail = (items: Record<string, unknown>[]): z.infer<typeof ProjectDetailSchema> | undefined => {
  const project = items.find((item) => item.sk === 'P#PROJECT') as ProjectRecord | undefined;
  if (!project) return undefined;
  const members = items.filter((item) => String(item.sk).startsWith('P#MEMBER#')) as unknown as MemberRecord[];
  const media = (items.filter((item) => String(item.sk).startsWith('P#MEDIA#')) as unknown as AttachmentItem[])
    .filter((item) => !item.mediaHidden)
    .sort((a, b) => b.attachedAt.localeCompare(a.attachedAt));
  return {
    ...summaryOf(project),
    description: project.description,
    descriptionHtml: project.descriptionHtml,
    defaultLicence: project.defaultLicence,
    joinMode: project.joinMode,
    visibility: project.visibility,
    hidden: project.hidden,
    memberCount: project.memberCount,
    members: members
      .sort(
        (a, b) => Number(b.role === 'steward') - Number(a.role === 'steward') || a.joinedAt.localeCompare(b.joinedAt),
      )
      .map(({ userId, attributionName, role, joinedAt }) => ({ userId, attributionName, role, joinedAt })),
    media: media.map((item) => ({ ...item.card, attachedAt: item.attachedAt })),
    createdAt: project.createdAt,
  };
};

export const toJournalPost = (post: PostRecord): z.infer<typeof JournalPostSchema> => ({
  id: post.id,
  authorName: post.anonymous ? 'anonymous' : post.authorName,
  bodyHtml: post.bodyHtml,
  media: post.card && !post.mediaHidden ? post.card : undefined,
  createdAt: post.createdAt,
});
