import type { z } from '@hono/zod-openapi';
import type { MediaRecord, OwnMediaSchema, PublicMediaSchema } from './schema.ts';
import { publicUrlOf } from './storage-keys.ts';

/** The word shown instead of a name when a contributor chose not to be credited. */
export const ANONYMOUS_CREDIT = 'anonymous';

const captionsOf = (record: MediaRecord) =>
  (record.captions ?? []).map((track) => ({ language: track.language, url: publicUrlOf(track.key) }));

/** A ready medium as anyone sees it, with what a TASL attribution needs. */
export const toPublicMedia = (record: MediaRecord): z.infer<typeof PublicMediaSchema> => ({
  id: record.id,
  family: record.family,
  title: record.title,
  description: record.description,
  language: record.language,
  licence: record.licence,
  attributionName: record.anonymous ? ANONYMOUS_CREDIT : record.attributionName,
  contributorId: record.anonymous || record.ownerErased ? undefined : record.ownerId,
  authorship: record.authorship,
  url: publicUrlOf(record.publishedKey ?? ''),
  contentType: record.publishedType ?? record.declaredType,
  size: record.size,
  metadata: record.metadata,
  transcript: record.transcript,
  alt: record.alt,
  captions: captionsOf(record),
  place: record.place,
  recordedWith: record.recordedWith && {
    modelId: record.recordedWith.modelId,
    modelName: record.recordedWith.modelName,
    assetTag: record.recordedWith.assetTag,
    pointId: record.recordedWith.pointId,
    pointName: record.recordedWith.pointName,
  },
  publishedAt: record.processedAt,
});

/** A medium as its uploader (or staff) sees it: every state and why. */
export const toOwnMedia = (record: MediaRecord): z.infer<typeof OwnMediaSchema> => ({
  ...toPublicMedia(record),
  url: record.publishedKey ? publicUrlOf(record.publishedKey) : undefined,
  contentType: record.publishedType,
  status: record.status,
  originalName: record.originalName,
  declaredSize: record.declaredSize,
  rejection: record.rejection,
  hidden: record.hidden,
  consent: record.consent,
  recordedWith: record.recordedWith,
  openFlags: record.openFlags,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

export type MediaCard = ReturnType<typeof mediaCard>;

/** What another feature's item keeps of a medium it uses: enough for the player and its attribution. */
export const mediaCard = (media: MediaRecord) => {
  const view = toPublicMedia(media);
  return {
    id: view.id,
    family: view.family,
    title: view.title,
    licence: view.licence,
    attributionName: view.attributionName,
    contributorId: view.contributorId,
    url: view.url,
    contentType: view.contentType,
    transcript: view.transcript,
    alt: view.alt,
    captions: view.captions,
  };
};
