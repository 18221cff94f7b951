import { z } from '@hono/zod-openapi';
import type { LicenceId } from '../licences/licences.ts';
import { LicenceIdSchema } from '../licences/schema.ts';
import type { MediaCard } from '../media/public.ts';
import { LanguageTagSchema, PublicMediaSchema } from '../media/public.ts';
import { SlugSchema } from '../projects/public.ts';

export const TRAIL_STATUSES = ['draft', 'published'] as const;
/** Who may contribute stops and media: the project's members, or any signed-in citizen. */
export const CONTRIBUTION_MODES = ['members', 'citizens'] as const;
/** Contributions go live at once and are moderated after, or wait for a steward's review. */
export const MODERATION_MODES = ['publish-first', 'review-first'] as const;

export type ContributionMode = (typeof CONTRIBUTION_MODES)[number];
export type ModerationMode = (typeof MODERATION_MODES)[number];

/** The trigger radius a new stop gets; the editor warns outside 20–100 m (see radius-advice). */
export const DEFAULT_TRIGGER_RADIUS = 30;

export const TrailIdSchema = SlugSchema.openapi({ example: 'recouvrance-a-l-oreille' });
export const TrailIdParamSchema = z.object({ id: TrailIdSchema });
export const StopParamSchema = z.object({ id: TrailIdSchema, stopId: z.uuid() });

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** GeoJSON positions are [longitude, latitude]. */
export const PositionSchema = z.tuple([longitude, latitude]).openapi('Position');

export const LineStringSchema = z
  .strictObject({ type: z.literal('LineString'), coordinates: z.array(PositionSchema).min(2).max(2000) })
  .openapi('LineString');
export type LineString = z.infer<typeof LineStringSchema>;

const licencePolicy = z
  .array(LicenceIdSchema)
  .min(1)
  .max(7)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Each licence once' });

const trailFields = {
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().max(5000),
  languages: z.array(LanguageTagSchema).min(1).max(5),
  area: z.string().trim().min(1).max(80),
  coverMediaId: z.uuid(),
  contributionMode: z.enum(CONTRIBUTION_MODES),
  moderationMode: z.enum(MODERATION_MODES),
  licencePolicy,
};

export const CreateTrailSchema = z
  .strictObject({
    projectSlug: SlugSchema,
    ...trailFields,
    description: trailFields.description.default(''),
    coverMediaId: trailFields.coverMediaId.optional(),
    contributionMode: trailFields.contributionMode.default('members'),
    moderationMode: trailFields.moderationMode.default('review-first'),
    licencePolicy: licencePolicy.default(['CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0']),
  })
  .openapi('CreateTrail');

export const TrailUpdateSchema = z
  .strictObject({
    ...trailFields,
    coverMediaId: trailFields.coverMediaId.nullable(),
    /** A drawn route; null goes back to the line through the stops in order. */
    route: LineStringSchema.nullable(),
    /** Admins only: shown on the home page. */
    featured: z.boolean(),
  })
  .partial()
  .openapi('TrailUpdate');

const stopFields = {
  title: z.string().trim().min(1).max(120),
  text: z.string().trim().max(5000),
  lat: latitude,
  lng: longitude,
  /** Metres around the stop in which walk mode offers it. */
  radius: z.number().positive().max(1000),
};

export const StopInputSchema = z
  .strictObject({
    ...stopFields,
    text: stopFields.text.default(''),
    radius: stopFields.radius.default(DEFAULT_TRIGGER_RADIUS),
    /** Your own published media, played at this stop. */
    mediaIds: z.array(z.uuid()).max(10).default([]),
  })
  .openapi('StopInput');

export const StopUpdateSchema = z.strictObject(stopFields).partial().openapi('StopUpdate');

export const StopMediaInputSchema = z.strictObject({ mediaId: z.uuid() }).openapi('StopMediaInput');

export const StopOrderSchema = z
  .strictObject({
    stopIds: z.array(z.uuid()).max(200),
    /** The trail version the order was read at: a reorder made meanwhile wins, this one gets 409. */
    version: z.number().int().nonnegative(),
  })
  .openapi('StopOrder');

export const ForkRequestSchema = z
  .strictObject({
    projectSlug: SlugSchema,
    title: trailFields.title.optional(),
    /** Defaults to the original trail's policy. */
    licencePolicy: licencePolicy.optional(),
  })
  .openapi('ForkRequest');

export const TrailQuerySchema = z.object({
  area: z.string().trim().max(80).optional(),
  language: LanguageTagSchema.optional(),
  featured: z.enum(['true', 'false']).optional(),
  project: SlugSchema.optional(),
});

/** A medium as a stop plays it (the media card, kept current by media-uses). */
export const StopMediaSchema = PublicMediaSchema.pick({
  id: true,
  family: true,
  title: true,
  licence: true,
  attributionName: true,
  contributorId: true,
  url: true,
  contentType: true,
  transcript: true,
  alt: true,
  captions: true,
}).openapi('StopMedia');

export const StopSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string(),
    lat: z.number(),
    lng: z.number(),
    radius: z.number(),
    media: z.array(StopMediaSchema),
    contributorName: z.string().optional(),
  })
  .openapi('Stop');

export const CreditSchema = z
  .object({
    attributionName: z.string(),
    /** Their public contributor page, when they have one. */
    contributorId: z.string().optional(),
    /** What they gave: media titles with their licences. */
    works: z.array(z.object({ title: z.string(), licence: LicenceIdSchema, url: z.string().optional() })),
  })
  .openapi('Credit');

export const ForkedFromSchema = z
  .object({ id: z.string(), title: z.string(), projectSlug: z.string(), credits: z.array(CreditSchema) })
  .openapi('ForkedFrom');

export const TrailDetailSchema = z
  .object({
    id: z.string(),
    projectSlug: z.string(),
    projectTitle: z.string(),
    title: z.string(),
    description: z.string(),
    /** The description as sanitised HTML (Markdown source). */
    descriptionHtml: z.string(),
    languages: z.array(z.string()),
    area: z.string(),
    coverUrl: z.string().optional(),
    status: z.enum(TRAIL_STATUSES),
    contributionMode: z.enum(CONTRIBUTION_MODES),
    moderationMode: z.enum(MODERATION_MODES),
    licencePolicy: z.array(LicenceIdSchema),
    featured: z.boolean(),
    stops: z.array(StopSchema),
    route: LineStringSchema.nullable(),
    /** Whether the route was drawn, or is the line through the stops in order. */
    routeSource: z.enum(['drawn', 'stops']),
    distanceMetres: z.number(),
    walkingMinutes: z.number(),
    credits: z.array(CreditSchema),
    forkedFrom: ForkedFromSchema.optional(),
    /** Why the city hid the trail (its stewards see it in the editor). */
    hidden: z.object({ reason: z.string(), at: z.string() }).optional(),
    /** Sum of the media files' sizes: what saving the trail for offline use downloads. */
    downloadBytes: z.number(),
    publishedAt: z.string().optional(),
    updatedAt: z.string(),
  })
  .openapi('TrailDetail');

export const MissingItemSchema = z
  .object({
    stopId: z.string().optional(),
    stopTitle: z.string().optional(),
    mediaId: z.string().optional(),
    code: z.enum(['no-stops', 'stop-without-media', 'audio-without-transcript', 'video-without-captions']),
    message: z.string(),
  })
  .openapi('MissingItem');
export type MissingItem = z.infer<typeof MissingItemSchema>;

export const ProposalSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['stop', 'media']),
    proposedBy: z.string(),
    proposedAt: z.string(),
    /** For a proposed stop: the stop with its media. */
    stop: StopSchema.optional(),
    /** For media proposed for an existing stop. */
    stopId: z.string().optional(),
    media: StopMediaSchema.optional(),
  })
  .openapi('Proposal');

/** What the editor needs beyond the public page: the checklist, the version, what waits for review. */
export const TrailEditorSchema = z
  .object({
    trail: TrailDetailSchema,
    /** Where the editor's map opens while the trail has no stops. */
    projectPlace: z.object({ lat: z.number(), lng: z.number() }).optional(),
    version: z.number(),
    canEdit: z.boolean(),
    canContribute: z.boolean(),
    missing: z.array(MissingItemSchema),
    proposals: z.array(ProposalSchema),
  })
  .openapi('TrailEditor');

/** A published trail as residents see it in lists and on the map. */
export const TrailSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    projectSlug: z.string(),
    area: z.string(),
    languages: z.array(z.string()),
    stopCount: z.number().int().nonnegative(),
    start: z.object({ lat: z.number(), lng: z.number() }).optional(),
    distanceMetres: z.number(),
    walkingMinutes: z.number(),
    coverUrl: z.string().optional(),
    featured: z.boolean(),
    status: z.enum(TRAIL_STATUSES),
  })
  .openapi('TrailSummary');

export type TrailSummary = z.infer<typeof TrailSummarySchema>;

export const TrailListSchema = z.object({ items: z.array(TrailSummarySchema) }).openapi('TrailList');

export const ContributionResultSchema = z
  .object({
    /** `published`: live at once; `proposed`: waits for a steward (review-first trails). */
    outcome: z.enum(['published', 'proposed']),
    stopId: z.string().optional(),
    proposalId: z.string().optional(),
  })
  .openapi('ContributionResult');

/** A trail as stored (its stops and their media are items of their own). */
export interface TrailRecord {
  id: string;
  projectSlug: string;
  projectTitle: string;
  title: string;
  description: string;
  descriptionHtml: string;
  languages: string[];
  area: string;
  coverMediaId?: string;
  coverUrl?: string;
  status: (typeof TRAIL_STATUSES)[number];
  contributionMode: ContributionMode;
  moderationMode: ModerationMode;
  licencePolicy: LicenceId[];
  featured: boolean;
  /** Stop ids in walking order. */
  stopOrder: string[];
  drawnRoute?: LineString;
  forkedFrom?: z.infer<typeof ForkedFromSchema>;
  /** Set while the city hides the trail's project (moderation): the trail is off public view too. */
  projectHidden?: boolean;
  /** Set while the trail itself is hidden: reported by several people, or by an admin. */
  hidden?: { reason: string; at: string };
  /** Reports waiting for review. */
  openFlags?: number;
  /** Summary kept current by every write, for lists and the map (no second read). */
  stopCount: number;
  start?: { lat: number; lng: number };
  distanceMetres: number;
  walkingMinutes: number;
  /** Bumped by every change to the stops or their order: concurrent reorders → one wins. */
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
}

/** A stop as stored; its media are separate use items. */
export interface StopRecord {
  id: string;
  trailId: string;
  title: string;
  text: string;
  lat: number;
  lng: number;
  radius: number;
  contributedBy: string;
  contributorName: string;
  createdAt: string;
  updatedAt: string;
}

/** A medium at a stop: a media use, refreshed when the medium changes. */
export interface StopMediaRecord {
  trailId: string;
  stopId: string;
  mediaId: string;
  card: MediaCard;
  /** Size of the file, for the offline download estimate. */
  size: number;
  mediaHidden: boolean;
  addedBy: string;
  addedAt: string;
}

/** A contribution waiting for a steward's review (review-first trails), private to the trail. */
export interface ProposalRecord {
  id: string;
  trailId: string;
  kind: 'stop' | 'media';
  proposedBy: string;
  proposerName: string;
  proposedAt: string;
  /** A proposed stop (kind `stop`), without its trail-side fields. */
  stop?: Pick<StopRecord, 'id' | 'title' | 'text' | 'lat' | 'lng' | 'radius'>;
  /** The stop a medium is proposed for (kind `media`). */
  stopId?: string;
  /** The media brought, each checked as a stop will carry it. */
  media: Pick<StopMediaRecord, 'mediaId' | 'card' | 'size'>[];
}
