import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { z } from '@hono/zod-openapi';
import { isAtLeastAsOpen, licenceNames, moreOpenLicences } from '../licences/licence-rules.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { deleteMediaForGood } from './delete-media.ts';
import { refreshMediaUses } from './media-uses.ts';
import { ownedMedia } from './owned-media.ts';
import { mediumShownChanged } from './public-paths.ts';
import type { MediaRecord, MediaUpdateSchema } from './schema.ts';
import { captionsKey } from './storage-keys.ts';
import { replaceMedia } from './store.ts';
import { validateWebVtt } from './validate-webvtt.ts';

/** Saves a record the viewer changed, unless someone else changed its state meanwhile. */
const save = async (deps: AppDeps, record: MediaRecord) => {
  if (!(await replaceMedia(deps, record, [record.status]))) {
    throw new AppError('conflict', 'This medium changed meanwhile; reload and try again.');
  }
  await refreshMediaUses(deps, record.id, record);
  await mediumShownChanged(deps, record);
  return record;
};

/**
 * The uploader edits title, description, transcript, attribution, place and licence. A licence
 * may only become more open: people who reused the work under the old one keep their rights.
 */
export const editMedia = async (
  deps: AppDeps,
  { viewer, mediaId, changes }: { viewer: Viewer; mediaId: string; changes: z.infer<typeof MediaUpdateSchema> },
) => {
  const record = await ownedMedia(deps, viewer, mediaId);
  if (changes.licence && !isAtLeastAsOpen(changes.licence, record.licence)) {
    throw new AppError(
      'conflict',
      `A licence can only become more open. From ${licenceNames([record.licence])}: ${licenceNames(moreOpenLicences(record.licence))}.`,
      {
        extensions: { allowed: moreOpenLicences(record.licence) },
      },
    );
  }
  if (changes.licence && record.authorship.kind === 'third-party' && changes.licence !== record.licence) {
    throw new AppError('conflict', "Someone else's work keeps the licence it was published under.");
  }
  const { place, ...rest } = changes;
  return save(deps, {
    ...record,
    ...rest,
    ...(place === null ? { place: undefined } : place ? { place } : {}),
    updatedAt: deps.clock.now().toISOString(),
  });
};

/**
 * The largest captions file, over the API's usual 64 KB (a two-hour film's WebVTT is 150 to 300 KB):
 * a person writes captions offline and sends the file whole, and the route judges its real bytes.
 */
export const CAPTIONS_MAX_BYTES = 1024 * 1024;

/** Attaches (or replaces) WebVTT captions in one language to a video, after validating them. */
export const setCaptions = async (
  deps: AppDeps,
  { viewer, mediaId, language, text }: { viewer: Viewer; mediaId: string; language: string; text: string },
) => {
  const record = await ownedMedia(deps, viewer, mediaId);
  if (record.family !== 'video') throw new AppError('conflict', 'Captions go with videos; give audio a transcript.');
  const problems = validateWebVtt(text);
  if (problems.length > 0) {
    throw new AppError('validation', 'These captions are not valid WebVTT.', {
      extensions: { errors: problems.map((p) => ({ in: 'body', path: `line ${p.line}`, message: p.message })) },
    });
  }
  const key = captionsKey(record.id, language);
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: deps.mediaBucket,
      Key: key,
      Body: text,
      ContentType: 'text/vtt; charset=utf-8',
      CacheControl: 'public, max-age=300',
    }),
  );
  const captions = [...(record.captions ?? []).filter((track) => track.language !== language), { language, key }];
  return save(deps, { ...record, captions, updatedAt: deps.clock.now().toISOString() });
};

export const removeCaptions = async (
  deps: AppDeps,
  { viewer, mediaId, language }: { viewer: Viewer; mediaId: string; language: string },
) => {
  const record = await ownedMedia(deps, viewer, mediaId);
  const track = record.captions?.find((t) => t.language === language);
  if (!track) throw new AppError('not-found', `This video has no ${language} captions.`);
  await deps.s3.send(new DeleteObjectCommand({ Bucket: deps.mediaBucket, Key: track.key }));
  return save(deps, {
    ...record,
    captions: record.captions?.filter((t) => t.language !== language),
    updatedAt: deps.clock.now().toISOString(),
  });
};

/** The uploader deletes their medium for good (someone else's is not revealed). */
export const deleteMyMedia = async (deps: AppDeps, { viewer, mediaId }: { viewer: Viewer; mediaId: string }) =>
  deleteMediaForGood(deps, await ownedMedia(deps, viewer, mediaId));
