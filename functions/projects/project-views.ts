import type { z } from '@hono/zod-openapi';
import type { JournalPostSchema, MemberRecord, PostRecord, ProjectDetailSchema } from './schema.ts';
import { summaryOf } from './search-index.ts';
import type { ProjectPage } from './store.ts';

/** The project page from its parts: the project, members (by attribution name) and library. */
export const toProjectDetail = ({ project, members, library }: ProjectPage): z.infer<typeof ProjectDetailSchema> => ({
  ...summaryOf(project),
  description: project.description,
  descriptionHtml: project.descriptionHtml,
  defaultLicence: project.defaultLicence,
  joinMode: project.joinMode,
  visibility: project.visibility,
  hidden: project.hidden,
  memberCount: project.memberCount,
  members: members
    .sort((a, b) => Number(b.role === 'steward') - Number(a.role === 'steward') || a.joinedAt.localeCompare(b.joinedAt))
    .map(toMemberView),
  media: library
    .filter((item) => !item.mediaHidden)
    .sort((a, b) => b.attachedAt.localeCompare(a.attachedAt))
    .map((item) => ({ ...item.card, attachedAt: item.attachedAt })),
  createdAt: project.createdAt,
});

export const toJournalPost = (post: PostRecord): z.infer<typeof JournalPostSchema> => ({
  id: post.id,
  authorName: post.anonymous ? 'anonymous' : post.authorName,
  bodyHtml: post.bodyHtml,
  media: post.card && !post.mediaHidden ? post.card : undefined,
  createdAt: post.createdAt,
});

/** A member as the project page lists them (by the name they are credited with). */
export const toMemberView = ({ userId, attributionName, role, joinedAt }: MemberRecord) => ({
  userId,
  attributionName,
  role,
  joinedAt,
});
