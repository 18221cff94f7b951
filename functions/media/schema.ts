import { z } from '@hono/zod-openapi';
import type { LoanProvenance } from '../lending/public.ts';
import type { LicenceId } from '../licences/licences.ts';
import { LicenceIdSchema } from '../licences/schema.ts';

export const MEDIA_FAMILIES = ['audio', 'video', 'image'] as const;
export type MediaFamily = (typeof MEDIA_FAMILIES)[number];

/**
 * Where a medium stands, as its uploader sees it:
 * pending (waiting for bytes) → processing → ready | rejected; ready ⇄ hidden (moderation);
 * expired (bytes never arrived within 24 h).
 */
export const MEDIA_STATUSES = ['pending', 'processing', 'ready', 'rejected', 'hidden', 'expired'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];

export const PlaceSchema = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .openapi('Place');

/** BCP 47 primary language tag: fr, en, br (Breton), … */
export const LanguageTagSchema = z.string().regex(/^[a-z]{2,3}$/, { message: 'A language code such as fr, en or br' });

export const AuthorshipSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('own') }),
    z.strictObject({
      kind: z.literal('third-party'),
      author: z.string().trim().min(1).max(200),
      source: z.string().trim().min(1).max(500),
      originalLicence: LicenceIdSchema,
    }),
  ])
  .openapi('Authorship');

/** Recordings of identifiable people need their consent, confirmed by the uploader. */
export const ConsentSchema = z
  .strictObject({
    identifiablePeople: z.boolean(),
    confirmed: z.boolean().default(false),
    statement: z.string().trim().max(1000).optional(),
  })
  .refine((consent) => !consent.identifiablePeople || consent.confirmed, {
    message: 'Confirm that the people who can be identified agreed',
    path: ['confirmed'],
  })
  .openapi('Consent');

export const UploadTargetSchema = z
  .discriminatedUnion('kind', [z.strictObject({ kind: z.literal('library') })])
  .openapi('UploadTarget');

const title = z.string().trim().min(1).max(200);
const description = z.string().trim().max(5000);
const transcript = z.string().trim().max(40_000);

export const UploadRequestSchema = z
  .strictObject({
    fileName: z.string().trim().min(1).max(255),
    contentType: z.string().trim().toLowerCase().max(100),
    size: z.number().int().positive(),
    title,
    description: description.optional(),
    language: LanguageTagSchema,
    /** Chosen explicitly by the uploader; never defaulted by the API. */
    licence: LicenceIdSchema,
    authorship: AuthorshipSchema,
    attributionName: z.string().trim().min(1).max(120).optional(),
    place: PlaceSchema.optional(),
    consent: ConsentSchema.optional(),
    transcript: transcript.optional(),
    /** Text alternative of an image, in the medium's language (what a screen reader says). */
    alt: z.string().trim().max(1000).optional(),
    target: UploadTargetSchema.default({ kind: 'library' }),
    /** One of the uploader's loans (current, or returned in the last 30 days) the recording was made with. */
    recordedWithLoan: z.string().trim().min(1).max(100).optional(),
  })
  .refine((r) => r.authorship.kind === 'own' || r.authorship.originalLicence === r.licence, {
    message: "Someone else's work keeps its own licence: choose the licence it was published under",
    path: ['licence'],
  })
  .openapi('UploadRequest');

export type UploadRequest = z.infer<typeof UploadRequestSchema>;

export const MediaMetadataSchema = z
  .object({
    durationSeconds: z.number().optional(),
    codec: z.string().optional(),
    audioCodec: z.string().optional(),
    videoCodec: z.string().optional(),
    bitrate: z.number().optional(),
    sampleRate: z.number().optional(),
    channels: z.number().optional(),
    width: z.number().optional(),
    height: z.number().optional(),
  })
  .openapi('MediaMetadata');

export const CaptionTrackSchema = z.object({ language: z.string(), url: z.string() }).openapi('CaptionTrack');

/** A medium as stored: one item, so a media page is one GetItem. */
export interface MediaRecord {
  id: string;
  ownerId: string;
  status: MediaStatus;
  family: MediaFamily;
  declaredType: string;
  declaredSize: number;
  /** The client's file name, for display only: never a storage path. */
  originalName: string;
  title: string;
  description?: string;
  language: string;
  licence: LicenceId;
  authorship: z.infer<typeof AuthorshipSchema>;
  attributionName: string;
  /** True once the uploader chose to stay anonymous or erased their account with that choice. */
  anonymous?: boolean;
  /** The uploader erased their account; the medium stayed published by their choice. */
  ownerErased?: boolean;
  place?: z.infer<typeof PlaceSchema>;
  consent?: z.infer<typeof ConsentSchema> & { confirmedAt?: string };
  transcript?: string;
  alt?: string;
  captions?: { language: string; key: string }[];
  target: z.infer<typeof UploadTargetSchema>;
  /** The city's equipment it was recorded with: a copy of the loan taken at upload (lending's check). */
  recordedWith?: LoanProvenance;
  upload: { mode: 'post' | 'multipart'; key: string; uploadId?: string; completedAt?: string };
  /** Set once published: the object under media/. */
  publishedKey?: string;
  publishedType?: string;
  size?: number;
  metadata?: z.infer<typeof MediaMetadataSchema>;
  rejection?: { code: string; message: string };
  hidden?: { by: 'flags' | 'staff'; reason: string; at: string };
  openFlags: number;
  createdAt: string;
  updatedAt: string;
  processedAt?: string;
}

/** The city's kit a medium was recorded with, as anyone sees it (never whose loan it was). */
export const RecordedWithSchema = z
  .object({
    modelId: z.string(),
    modelName: z.string(),
    assetTag: z.string(),
    pointId: z.string(),
    pointName: z.string(),
  })
  .openapi('RecordedWith');

/** What anyone may see of a ready medium, with its TASL attribution parts. */
export const PublicMediaSchema = z
  .object({
    id: z.string(),
    family: z.enum(MEDIA_FAMILIES),
    title: z.string(),
    description: z.string().optional(),
    language: z.string(),
    licence: LicenceIdSchema,
    attributionName: z.string(),
    /** The contributor's public page, when they have one. */
    contributorId: z.string().optional(),
    authorship: AuthorshipSchema,
    url: z.string(),
    contentType: z.string(),
    size: z.number().optional(),
    metadata: MediaMetadataSchema.optional(),
    transcript: z.string().optional(),
    alt: z.string().optional(),
    captions: z.array(CaptionTrackSchema),
    place: PlaceSchema.optional(),
    recordedWith: RecordedWithSchema.optional(),
    publishedAt: z.string().optional(),
  })
  .openapi('PublicMedia');

/** What the uploader (and staff) see: every state, and why. */
export const OwnMediaSchema = PublicMediaSchema.partial({ url: true, contentType: true })
  .extend({
    status: z.enum(MEDIA_STATUSES),
    originalName: z.string(),
    declaredSize: z.number(),
    rejection: z.object({ code: z.string(), message: z.string() }).optional(),
    hidden: z.object({ by: z.enum(['flags', 'staff']), reason: z.string(), at: z.string() }).optional(),
    consent: ConsentSchema.optional(),
    /** Its uploader's own copy names the loan too (their export). */
    recordedWith: RecordedWithSchema.extend({ reservationId: z.string().optional() }).optional(),
    openFlags: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('OwnMedia');

export const MediaUpdateSchema = z
  .strictObject({
    title,
    description,
    transcript,
    alt: z.string().trim().max(1000),
    licence: LicenceIdSchema,
    attributionName: z.string().trim().min(1).max(120),
    place: PlaceSchema.nullable(),
  })
  .partial()
  .openapi('MediaUpdate');

export const MediaIdParamSchema = z.object({ id: z.uuid() });

export const FlagRequestSchema = z.strictObject({ reason: z.string().trim().min(3).max(1000) }).openapi('FlagRequest');

export const HideRequestSchema = z.strictObject({ reason: z.string().trim().min(3).max(1000) }).openapi('HideRequest');
