import { BACKGROUND_WORK } from '../background.ts';
import type { AppDeps } from '../platform/deps.ts';
import { logger } from '../platform/logger.ts';
import { flushingMetrics } from '../platform/metrics.ts';
import type { UploadedObject, UploadProcessor } from '../platform/upload-processor.ts';

/** The objects of an S3 event notification (the same shape from S3 and from s3rver). */
export const objectsOfS3Event = (event: {
  Records: { s3: { bucket: { name: string }; object: { key: string; size?: number } } }[];
}): UploadedObject[] =>
  event.Records.map((record) => ({
    bucket: record.s3.bucket.name,
    // S3 event keys are URL-encoded with '+' for spaces.
    key: decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')),
    size: record.s3.object.size ?? 0,
  }));

/**
 * Hands each uploaded object to the processor of its prefix (the features' processors, see
 * background.ts). Used by the S3-event Lambda and by the local runtime's s3rver events alike.
 * S3 delivers at least once: processors are idempotent. What they counted is sent at the end.
 */
export const processUploadedObjects = (
  deps: AppDeps,
  objects: UploadedObject[],
  processors: readonly UploadProcessor[] = BACKGROUND_WORK.uploadProcessors,
) =>
  flushingMetrics(deps.metrics, async () => {
    for (const object of objects) {
      const processor = processors.find((p) => object.key.startsWith(p.prefix));
      if (!processor) {
        logger.warn('no processor for uploaded object', { key: object.key });
        continue;
      }
      await processor.process(deps, object);
    }
  });
