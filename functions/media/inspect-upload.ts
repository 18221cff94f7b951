import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { fileTypeFromTokenizer } from 'file-type';
import { isDependencyFailure } from '../platform/errors.ts';
import { logger } from '../platform/logger.ts';
import { acceptedTypeOfDetected } from './allow-list.ts';
import { inspectPicture, inspectSoundOrVideo, type Verdict } from './inspect/metadata.ts';
import { corrupt, type Rejected, refuseSize, typeNotAllowed, unknownType } from './inspect/policy.ts';
import { HEADER_BUDGET_BYTES, S3RangeReader } from './inspect/range-reader.ts';
import { ReadBudgetExceededError } from './inspect/range-tokenizer.ts';
import type { MediaFamily } from './schema.ts';

export type { MediaTechnicalMetadata } from './inspect/metadata.ts';
export {
  INSPECTION_REJECTION_CODES,
  type InspectionRejection,
  type InspectionRejectionCode,
} from './inspect/policy.ts';

/**
 * Looks at the real bytes of a staged upload — never trusting its name, declared type or size —
 * and says whether it may be published, as what, and with which technical metadata.
 *
 * The object is read through ranged GETs, a window at a time (file-type and music-metadata read
 * a few headers and jump over the media data), so a 2 GB video costs a few requests and about
 * the same memory as a 1 MB sound. Parsers that would scan a whole file (the exact duration of a
 * VBR mp3 without a Xing header) stop at a byte budget.
 *
 * The parts: `inspect/policy.ts` (what is allowed, how a refusal reads), `inspect/range-reader.ts`
 * (S3 a window at a time), one parser per container family (`image-dimensions`, `iso-bmff`,
 * `ogg`) and `inspect/metadata.ts` (what the headers say).
 */

export type InspectionResult =
  | (Extract<Verdict, { ok: true }> & {
      size: number;
      /** The ETag inspected, for a copy that must be of these very bytes (CopySourceIfMatch). */
      etag?: string;
      /** How much of the object was read, to keep an eye on the streaming. */
      bytesRead: number;
    })
  | Rejected;

export interface InspectionRequest {
  s3: S3Client;
  bucket: string;
  key: string;
  declared: { family: MediaFamily; contentType: string; size: number };
}

export const inspectStagedObject = async ({
  s3,
  bucket,
  key,
  declared,
}: InspectionRequest): Promise<InspectionResult> => {
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  const size = head.ContentLength ?? 0;
  const etag = head.ETag;
  const family = declared.family;
  const wrongSize = refuseSize(size, declared);
  if (wrongSize) return wrongSize;

  const reader = new S3RangeReader({ s3, bucket, key, etag, size });
  const fileType = await fileTypeFromTokenizer(reader.tokenizer(HEADER_BUDGET_BYTES)).catch((error: unknown) => {
    if (isAboutTheBytes(error)) return undefined;
    throw error;
  });
  if (!fileType) return unknownType();
  const accepted = acceptedTypeOfDetected(fileType);
  if (!accepted) return typeNotAllowed(fileType);

  try {
    const verdict =
      accepted.family === 'image'
        ? await inspectPicture(reader, accepted, family)
        : await inspectSoundOrVideo(reader, fileType.mime, accepted, family);
    if (!verdict.ok) return verdict;
    return { ...verdict, size, etag, bytesRead: reader.bytesRead };
  } catch (error) {
    if (!isAboutTheBytes(error)) throw error;
    // A parser gave up: the uploader gets a plain reason; the parser's own words go to the log.
    logger.warn('staged object unreadable; rejected as corrupt', { key, detected: fileType, error });
    return corrupt(error instanceof ReadBudgetExceededError ? 'its headers are unusually large' : 'it cannot be read');
  }
};

/**
 * Errors that mean "these bytes are not what they claim" (a parser gave up, a budget ran out), as
 * opposed to storage failing or the object changing under us: those propagate, and the event is
 * retried.
 */
const isAboutTheBytes = (error: unknown) =>
  error instanceof Error && !('$metadata' in error) && !isDependencyFailure(error) && error.name !== 'AbortError';
