import { randomUUID } from 'node:crypto';
import { CreateMultipartUploadCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { loanProvenance } from '../lending/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { familyOfDeclaredType, maxBytesFor } from './allow-list.ts';
import type { MediaRecord, UploadRequest } from './schema.ts';
import { stagedKey } from './storage-keys.ts';
import { getUsage, replaceMedia, reserveUpload } from './store.ts';

/** Files up to this size go in one presigned POST; bigger ones in resumable multipart parts. */
export const SINGLE_POST_MAX_BYTES = 100 * 1024 * 1024;
/** 16 MiB parts: a 2 GB video is 128 parts, each retried on its own when a connection drops. */
export const MULTIPART_PART_BYTES = 16 * 1024 * 1024;
/** How long a presigned POST or part URL stays valid. */
export const UPLOAD_URL_SECONDS = 60 * 60;

export type UploadInstructions =
  | { mode: 'post'; url: string; fields: Record<string, string>; expiresInSeconds: number }
  | { mode: 'multipart'; partSize: number; partCount: number };

/**
 * Accepts an upload request: checks type and size against the allow-list, reserves quota and a
 * pending slot atomically, creates the pending record and says how to send the bytes straight
 * to storage. The bytes are checked again, for real, when they arrive (process-upload.ts).
 */
export const requestUpload = async (
  deps: AppDeps,
  { viewer, request }: { viewer: Viewer; request: UploadRequest },
): Promise<{ mediaId: string; upload: UploadInstructions }> => {
  const family = familyOfDeclaredType(request.contentType);
  if (!family) {
    throw new AppError('unsupported-media-type', `Files of type ${request.contentType} cannot be published here.`, {
      extensions: {
        errors: [{ in: 'body', path: 'contentType', message: 'Not an accepted audio, video or image type' }],
      },
    });
  }
  const maxBytes = maxBytesFor(family);
  if (request.size > maxBytes) {
    throw new AppError(
      'payload-too-large',
      `A ${family} file may be at most ${maxBytes} bytes; this one is ${request.size}.`,
      {
        extensions: { errors: [{ in: 'body', path: 'size', message: `At most ${maxBytes} bytes` }], maxBytes },
      },
    );
  }

  if (request.size > deps.config.mediaQuotaBytes) await explainRefusal(deps, viewer.id, request.size);
  // Lending checks the loan is the uploader's and current (or recent), and gives the copy to keep.
  const recordedWith = request.recordedWithLoan
    ? await loanProvenance(deps, { userId: viewer.id, reservationId: request.recordedWithLoan })
    : undefined;

  const mediaId = randomUUID();
  const now = deps.clock.now().toISOString();
  const key = stagedKey(mediaId);
  const multipart = request.size > SINGLE_POST_MAX_BYTES;
  const record: MediaRecord = {
    id: mediaId,
    ownerId: viewer.id,
    status: 'pending',
    family,
    declaredType: request.contentType,
    declaredSize: request.size,
    originalName: request.fileName,
    title: request.title,
    description: request.description,
    language: request.language,
    licence: request.licence,
    authorship: request.authorship,
    attributionName: request.attributionName ?? viewer.attributionName,
    place: request.place,
    consent: request.consent
      ? { ...request.consent, confirmedAt: request.consent.confirmed ? now : undefined }
      : undefined,
    transcript: request.transcript,
    alt: request.alt,
    target: request.target,
    recordedWith,
    upload: { mode: multipart ? 'multipart' : 'post', key },
    openFlags: 0,
    createdAt: now,
    updatedAt: now,
  };

  const reserved = await reserveUpload(deps, record, {
    maxBytes: deps.config.mediaQuotaBytes,
    maxPending: deps.config.maxPendingUploads,
  });
  if (!reserved) await explainRefusal(deps, viewer.id, request.size);

  if (multipart) {
    const created = await deps.s3.send(
      new CreateMultipartUploadCommand({ Bucket: deps.mediaBucket, Key: key, ContentType: request.contentType }),
    );
    await replaceMedia(deps, { ...record, upload: { ...record.upload, uploadId: created.UploadId } }, ['pending']);
    return {
      mediaId,
      upload: {
        mode: 'multipart',
        partSize: MULTIPART_PART_BYTES,
        partCount: Math.ceil(request.size / MULTIPART_PART_BYTES),
      },
    };
  }

  const post = await createPresignedPost(deps.s3, {
    Bucket: deps.mediaBucket,
    Key: key,
    // Real S3 enforces these; s3rver does not, so processing re-checks size and type from the bytes.
    Conditions: [
      ['content-length-range', 1, request.size],
      ['eq', '$Content-Type', request.contentType],
    ],
    Fields: { 'Content-Type': request.contentType },
    Expires: UPLOAD_URL_SECONDS,
  });
  return {
    mediaId,
    upload: { mode: 'post', url: post.url, fields: post.fields, expiresInSeconds: UPLOAD_URL_SECONDS },
  };
};

/** Which limit refused the reservation, with the numbers. */
const explainRefusal = async (deps: AppDeps, ownerId: string, size: number): Promise<never> => {
  const usage = await getUsage(deps, ownerId);
  const { mediaQuotaBytes, maxPendingUploads } = deps.config;
  if (usage.pending >= maxPendingUploads && size <= mediaQuotaBytes) {
    throw new AppError(
      'conflict',
      `You already have ${usage.pending} uploads in progress (at most ${maxPendingUploads}). Let them finish first.`,
      {
        extensions: { pending: usage.pending, maxPending: maxPendingUploads },
      },
    );
  }
  throw new AppError(
    'payload-too-large',
    `This file (${size} bytes) does not fit in your storage: ${usage.bytes} of ${mediaQuotaBytes} bytes used.`,
    {
      extensions: { usedBytes: usage.bytes, quotaBytes: mediaQuotaBytes, requestedBytes: size },
    },
  );
};
