import { CompleteMultipartUploadCommand, ListPartsCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { discardStagedUpload } from './discard-staged-upload.ts';
import { ownedMedia } from './owned-media.ts';
import { MULTIPART_PART_BYTES, UPLOAD_URL_SECONDS } from './request-upload.ts';
import type { MediaRecord } from './schema.ts';
import { removeUploadAwaitingBytes, replaceMedia } from './store.ts';

/** ETags travel with or without their quotes; storage lists them quoted. */
const normaliseEtag = (etag: string) => `"${etag.replace(/^"|"$/g, '')}"`;

/** A multipart upload of the viewer's that still accepts parts. */
const openMultipart = async (deps: AppDeps, viewer: Viewer, mediaId: string) => {
  const record = await ownedMedia(deps, viewer, mediaId);
  if (record.upload.mode !== 'multipart' || !record.upload.uploadId) {
    throw new AppError('conflict', 'This upload is not a multipart upload.');
  }
  if (record.upload.completedAt || record.status !== 'pending') {
    throw new AppError('conflict', 'This upload is already complete.', { extensions: { mediaStatus: record.status } });
  }
  return record as MediaRecord & { upload: { uploadId: string } };
};

/** Presigned URLs for the parts the browser is about to send (issued on demand, short-lived). */
export const signUploadParts = async (
  deps: AppDeps,
  { viewer, mediaId, partNumbers }: { viewer: Viewer; mediaId: string; partNumbers: number[] },
) => {
  const record = await openMultipart(deps, viewer, mediaId);
  const partCount = Math.ceil(record.declaredSize / MULTIPART_PART_BYTES);
  const outOfRange = partNumbers.filter((n) => n > partCount);
  if (outOfRange.length) {
    throw new AppError('validation', `This upload has ${partCount} parts.`, {
      extensions: { errors: [{ in: 'body', path: 'partNumbers', message: `Parts run from 1 to ${partCount}` }] },
    });
  }
  const parts = await Promise.all(
    partNumbers.map(async (partNumber) => ({
      partNumber,
      url: await getSignedUrl(
        deps.s3,
        new UploadPartCommand({
          Bucket: deps.mediaBucket,
          Key: record.upload.key,
          UploadId: record.upload.uploadId,
          PartNumber: partNumber,
        }),
        { expiresIn: UPLOAD_URL_SECONDS },
      ),
    })),
  );
  return { parts };
};

/** The parts storage already has, so an interrupted upload resumes where it stopped. */
export const listUploadedParts = async (deps: AppDeps, { viewer, mediaId }: { viewer: Viewer; mediaId: string }) => {
  const record = await openMultipart(deps, viewer, mediaId);
  const listed = await deps.s3.send(
    new ListPartsCommand({ Bucket: deps.mediaBucket, Key: record.upload.key, UploadId: record.upload.uploadId }),
  );
  return {
    parts: (listed.Parts ?? []).map((part) => ({
      partNumber: part.PartNumber ?? 0,
      etag: part.ETag ?? '',
      size: part.Size ?? 0,
    })),
  };
};

/**
 * Assembles the parts. Marked complete in the record first (a compare-and-set), so completing
 * twice is a clear 409 rather than a second assembly; storage then emits the event that
 * starts processing.
 */
export const completeMultipartUpload = async (
  deps: AppDeps,
  { viewer, mediaId, parts }: { viewer: Viewer; mediaId: string; parts: { partNumber: number; etag: string }[] },
) => {
  const record = await openMultipart(deps, viewer, mediaId);
  // Check the parts against what storage has before assembling: a clear 409 names what is missing.
  const stored = new Map(
    (await listUploadedParts(deps, { viewer, mediaId })).parts.map((part) => [part.partNumber, part.etag]),
  );
  const wrong = parts
    .filter((part) => stored.get(part.partNumber) !== normaliseEtag(part.etag))
    .map((p) => p.partNumber);
  const partCount = Math.ceil(record.declaredSize / MULTIPART_PART_BYTES);
  const missing = Array.from({ length: partCount }, (_, i) => i + 1).filter(
    (n) => !parts.some((p) => p.partNumber === n),
  );
  if (wrong.length || missing.length) {
    throw new AppError(
      'conflict',
      'Some parts are missing or do not match what storage received; send them again, then complete.',
      {
        extensions: { missingParts: missing, mismatchedParts: wrong },
      },
    );
  }
  const completed: MediaRecord = {
    ...record,
    upload: { ...record.upload, completedAt: deps.clock.now().toISOString() },
    updatedAt: deps.clock.now().toISOString(),
  };
  if (!(await replaceMedia(deps, completed, ['pending']))) {
    throw new AppError('conflict', 'This upload is already complete.');
  }
  try {
    await deps.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: deps.mediaBucket,
        Key: record.upload.key,
        UploadId: record.upload.uploadId,
        MultipartUpload: {
          Parts: [...parts]
            .sort((a, b) => a.partNumber - b.partNumber)
            .map((p) => ({ PartNumber: p.partNumber, ETag: normaliseEtag(p.etag) })),
        },
      }),
    );
  } catch (error) {
    // Storage refused the parts (missing or wrong ETags): reopen so the browser can fix and retry.
    await replaceMedia(deps, record, ['pending']);
    if ((error as Error).name === 'InvalidPart' || (error as Error).name === 'InvalidPartOrder') {
      throw new AppError('conflict', 'Some parts are missing or do not match; upload them again, then complete.');
    }
    throw error;
  }
  return { mediaId, status: 'pending' as const };
};

/**
 * Cancels an upload the viewer no longer wants: storage is cleaned, quota released, the record
 * removed. Once the bytes are complete it is too late (409): delete the medium instead.
 */
export const abortUpload = async (deps: AppDeps, { viewer, mediaId }: { viewer: Viewer; mediaId: string }) => {
  const record = await ownedMedia(deps, viewer, mediaId);
  if (record.status !== 'pending' || record.upload.completedAt) {
    throw new AppError('conflict', 'This upload has finished; delete the medium instead.', {
      extensions: { mediaStatus: record.status },
    });
  }
  const removed = await removeUploadAwaitingBytes(deps, record);
  if (!removed) throw new AppError('conflict', 'This upload has just finished; delete the medium instead.');
  await discardStagedUpload(deps, record);
};
