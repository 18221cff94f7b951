import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AppDeps } from '../platform/deps.ts';
import { logger } from '../platform/logger.ts';
import type { UploadedObject } from '../platform/upload-processor.ts';
import { safeFileName } from './allow-list.ts';
import { inspectStagedObject } from './inspect-upload.ts';
import { mediumShownChanged } from './public-paths.ts';
import type { MediaRecord } from './schema.ts';
import { publishedKeyPrefix } from './storage-keys.ts';
import { getMedia, moveMediaOn, replaceMedia, type UsageDelta } from './store.ts';
import { CorruptImageError, stripImageMetadata } from './strip-image-metadata.ts';

/**
 * Published files never change (a new file is a new medium), but moderation may withdraw one:
 * browsers keep it a day, CloudFront re-checks every 5 minutes (a cheap conditional request).
 */
const PUBLISHED_CACHE_CONTROL = 'public, max-age=86400, s-maxage=300';

const mediaIdOfKey = (key: string) => /^uploads\/([0-9a-f-]{36})$/.exec(key)?.[1];

/**
 * The S3 ObjectCreated step for `uploads/<mediaId>`: reads the real bytes, then publishes the
 * file under `media/` (ready) or rejects it with a reason (staged bytes deleted either way).
 * Idempotent: S3 delivers events at least once, and a retry after a crash finishes the work.
 */
export const processUpload = async (deps: AppDeps, object: UploadedObject): Promise<void> => {
  try {
    await processOnce(deps, object);
  } catch (error) {
    // Two deliveries of one event can run at once: when the other one finished first (the staged
    // bytes vanish under this one), that is success, not failure. Otherwise Lambda retries.
    const mediaId = mediaIdOfKey(object.key);
    const record = mediaId ? await getMedia(deps, mediaId) : undefined;
    if (record && record.status !== 'pending' && record.status !== 'processing') return;
    throw error;
  }
};

const processOnce = async (deps: AppDeps, object: UploadedObject): Promise<void> => {
  const mediaId = mediaIdOfKey(object.key);
  const record = mediaId ? await getMedia(deps, mediaId) : undefined;
  if (!record) {
    // Bytes for an upload that was aborted or never requested: nothing may keep them.
    logger.warn('staged object without a pending upload; deleted', { key: object.key });
    await deleteStaged(deps, object.key);
    return;
  }
  if (record.status !== 'pending' && record.status !== 'processing') {
    await deleteStaged(deps, object.key); // a duplicate event after the work was done
    return;
  }

  const processing: MediaRecord = { ...record, status: 'processing', updatedAt: deps.clock.now().toISOString() };
  if (!(await replaceMedia(deps, processing, ['pending', 'processing']))) return;

  const inspection = await inspectStagedObject({
    s3: deps.s3,
    bucket: deps.mediaBucket,
    key: object.key,
    declared: { family: record.family, contentType: record.declaredType, size: record.declaredSize },
  });

  if (!inspection.ok) {
    await reject(deps, processing, inspection.reason, object.key);
    return;
  }

  const fileName = safeFileName(record.originalName, record.id, inspection.detected.ext);
  const publishedKey = `${publishedKeyPrefix(record.id)}${fileName}`;
  const published = {
    Bucket: deps.mediaBucket,
    Key: publishedKey,
    ContentType: inspection.detected.mime,
    ContentDisposition: `inline; filename="${fileName}"`,
    CacheControl: PUBLISHED_CACHE_CONTROL,
  };
  let size = inspection.size;
  if (record.family === 'image') {
    // Images are small (≤ 20 MB): read, strip EXIF/GPS, write the clean copy.
    const staged = await deps.s3.send(new GetObjectCommand({ Bucket: deps.mediaBucket, Key: object.key }));
    let clean: Uint8Array;
    try {
      clean = stripImageMetadata(
        (await staged.Body?.transformToByteArray()) ?? new Uint8Array(),
        inspection.detected.mime,
      );
    } catch (error) {
      if (!(error instanceof CorruptImageError)) throw error;
      await reject(
        deps,
        processing,
        { code: 'corrupt', message: `The image could not be read: ${error.message}` },
        object.key,
      );
      return;
    }
    size = clean.byteLength;
    await deps.s3.send(new PutObjectCommand({ ...published, Body: clean }));
  } else {
    // Audio and video are copied inside storage: the bytes never pass through this function.
    await deps.s3.send(
      new CopyObjectCommand({
        ...published,
        CopySource: `${deps.mediaBucket}/${object.key}`,
        MetadataDirective: 'REPLACE',
      }),
    );
  }
  const now = deps.clock.now().toISOString();
  const accepted = await finish(
    deps,
    processing,
    {
      ...processing,
      status: 'ready',
      publishedKey,
      publishedType: inspection.detected.mime,
      size,
      metadata: inspection.metadata,
      processedAt: now,
      updatedAt: now,
    },
    { bytes: size - record.declaredSize, pending: -1 },
  );
  if (accepted) deps.metrics.count('UploadsAccepted');
  // The contributor's public page now lists it.
  await mediumShownChanged(deps, processing);
  await deleteStaged(deps, object.key);
};

/** Rejected with a reason the uploader reads; quota and pending slot released, bytes deleted. */
const reject = async (
  deps: AppDeps,
  processing: MediaRecord,
  reason: { code: string; message: string },
  key: string,
) => {
  const now = deps.clock.now().toISOString();
  const rejected = await finish(
    deps,
    processing,
    { ...processing, status: 'rejected', rejection: reason, processedAt: now, updatedAt: now },
    {
      bytes: -processing.declaredSize,
      pending: -1,
    },
  );
  if (rejected) deps.metrics.count('UploadsRejected', { reason: reason.code });
  await deleteStaged(deps, key);
};

/** The final transition and the quota adjustment, together, once; false when another delivery did it. */
const finish = async (deps: AppDeps, from: MediaRecord, to: MediaRecord, usage: UsageDelta) => {
  const done = await moveMediaOn(deps, to, ['processing'], usage);
  if (!done) logger.debug('upload already finished by another delivery', { mediaId: from.id });
  return Boolean(done);
};

const deleteStaged = (deps: AppDeps, key: string) =>
  deps.s3.send(new DeleteObjectCommand({ Bucket: deps.mediaBucket, Key: key }));
