import { z } from '@hono/zod-openapi';
import type { LicenceId } from '../licences/licences.ts';
import { LicenceIdSchema } from '../licences/schema.ts';
import { type MediaCard, PlaceSchema, PublicMediaSchema } from '../media/public.ts';
import { pageOf } from '../platform/cursor.ts';

export const PROJECT_STATUSES = ['idea', 'active', 'completed', 'archived'] as const;
export const JOIN_MODES = ['open', 'request'] as const;
export const VISIBILITIES = ['draft', 'public'] as const;
export const MEMBER_ROLES = ['steward', 'member'] as const;

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const SlugSchema = z
  .string()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Lowercase letters, digits and single dashes' })
  .openapi({ example: 'voix-de-recouvrance' });

const tags = z.array(z.string().trim().toLowerCase().min(1).max(30)).max(10);

export const ProjectInputSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(120),
    summary: z.string().trim().min(1).max(280),
    description: z.string().trim().max(20_000).default(''),
    neighbourhood: z.string().trim().max(80).optional(),
    tags: tags.default([]),
    place: PlaceSchema.optional(),
    coverMediaId: z.uuid().optional(),
    defaultLicence: LicenceIdSchema.default('CC-BY-SA-4.0'),
    status: z.enum(PROJECT_STATUSES).default('idea'),
    joinMode: z.enum(JOIN_MODES).default('request'),
    visibility: z.enum(VISIBILITIES).default('draft'),
  })
  .openapi('ProjectInput');

export const CreateProjectSchema = ProjectInputSchema.extend({ slug: SlugSchema.optional() }).openapi('CreateProject');

export const ProjectUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(120),
    summary: z.string().trim().min(1).max(280),
    description: z.string().trim().max(20_000),
    neighbourhood: z.string().trim().max(80).nullable(),
    tags,
    place: PlaceSchema.nullable(),
    coverMediaId: z.uuid().nullable(),
    defaultLicence: LicenceIdSchema,
    status: z.enum(PROJECT_STATUSES),
    joinMode: z.enum(JOIN_MODES),
    visibility: z.enum(VISIBILITIES),
  })
  .partial()
  .openapi('ProjectUpdate');

/** A project as stored (the `P#PROJECT` item of its collection). */
export interface ProjectRecord {
  slug: string;
  title: string;
  summary: string;
  description: string;
  descriptionHtml: string;
  neighbourhood?: string;
  tags: string[];
  place?: { lat: number; lng: number };
  coverMediaId?: string;
  coverUrl?: string;
  defaultLicence: LicenceId;
  status: ProjectStatus;
  joinMode: (typeof JOIN_MODES)[number];
  visibility: (typeof VISIBILITIES)[number];
  featured: boolean;
  hidden?: { reason: string; at: string };
  openFlags: number;
  stewardCount: number;
  memberCount: number;
  /** Bumped by every write, so a whole-record save never overwrites a concurrent change. */
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface MemberRecord {
  slug: string;
  userId: string;
  role: MemberRole;
  attributionName: string;
  joinedAt: string;
}

/** A pending request to join a project on request (`X#REQUEST#…`). */
export interface JoinRequestRecord {
  slug: string;
  userId: string;
  attributionName: string;
  message?: string;
  createdAt: string;
}

/** An invitation by e-mail (`X#INVITE#…`); it lasts until `validUntil` (milliseconds). */
export interface InvitationRecord {
  email: string;
  invitedBy: string;
  createdAt: string;
  validUntil: number;
}

export interface FollowerRecord {
  slug: string;
  userId: string;
  email: string;
  language: 'fr' | 'en';
  /**
   * The one-click unsubscribe token put in every digest. Kept in clear (it can only stop this
   * digest), and looked up by its hash.
   */
  unsubscribeToken: string;
  since: string;
}

/** A medium in the project's library (`P#MEDIA#…`): a use of that medium, kept current by media. */
export interface AttachmentRecord {
  card: MediaCard;
  attachedBy: string;
  attachedAt: string;
  mediaHidden?: boolean;
}

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
  card?: MediaCard;
  mediaHidden?: boolean;
  createdAt: string;
}

/** What the activity log records, in words the project page translates. */
export type ActivityAction =
  | 'created'
  | 'edited'
  | 'joined'
  | 'requested'
  | 'accepted'
  | 'refused'
  | 'invited'
  | 'role-changed'
  | 'removed'
  | 'left'
  | 'posted'
  | 'media-attached'
  | 'hidden'
  | 'restored'
  | 'featured'
  | 'stewardship-handed-over'
  | 'archived';

/** One line of the project's activity log (who, what, when), written with the change it records. */
export interface ActivityRecord {
  at: string;
  actorName: string;
  action: ActivityAction;
  detail?: string;
}

export const ProjectSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    neighbourhood: z.string().optional(),
    status: z.enum(PROJECT_STATUSES),
    tags: z.array(z.string()),
    place: PlaceSchema.optional(),
    featured: z.boolean().optional(),
    coverUrl: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .openapi('ProjectSummary');

export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const ProjectPageSchema = pageOf(ProjectSummarySchema)
  .extend({ total: z.number().int() })
  .openapi('ProjectPage');

export const MemberSchema = z
  .object({ userId: z.string(), attributionName: z.string(), role: z.enum(MEMBER_ROLES), joinedAt: z.string() })
  .openapi('ProjectMember');

export const AttachedMediaSchema = PublicMediaSchema.pick({
  id: true,
  family: true,
  title: true,
  licence: true,
  attributionName: true,
  url: true,
  contentType: true,
  transcript: true,
  alt: true,
  captions: true,
})
  .extend({ attachedAt: z.string(), contributorId: z.string().optional() })
  .openapi('AttachedMedia');

export const ProjectDetailSchema = ProjectSummarySchema.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  defaultLicence: LicenceIdSchema,
  joinMode: z.enum(JOIN_MODES),
  visibility: z.enum(VISIBILITIES),
  hidden: z.object({ reason: z.string(), at: z.string() }).optional(),
  memberCount: z.number(),
  members: z.array(MemberSchema),
  media: z.array(AttachedMediaSchema),
  createdAt: z.string(),
}).openapi('ProjectDetail');

export const ProjectQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  neighbourhood: z.string().trim().max(80).optional(),
  tag: z.string().trim().toLowerCase().max(30).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  featured: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SlugParamSchema = z.object({ slug: SlugSchema });

/** One medium per update keeps each post a single, always up-to-date use of that medium. */
export const JournalPostInputSchema = z
  .strictObject({ body: z.string().trim().min(1).max(10_000), mediaId: z.uuid().optional() })
  .openapi('JournalPostInput');

export const JournalPostSchema = z
  .object({
    id: z.string(),
    authorName: z.string(),
    bodyHtml: z.string(),
    media: AttachedMediaSchema.omit({ attachedAt: true }).optional(),
    createdAt: z.string(),
  })
  .openapi('JournalPost');

export const ActivitySchema = z
  .object({ at: z.string(), actorName: z.string(), action: z.string(), detail: z.string().optional() })
  .openapi('ProjectActivity');
