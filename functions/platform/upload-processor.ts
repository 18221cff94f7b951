import type { AppDeps } from './deps.ts';

/** An object that landed in the media bucket (from an S3 event, or s3rver's locally). */
export interface UploadedObject {
  bucket: string;
  key: string;
  size: number;
}

/**
 * What a feature does with the objects created under one key prefix (e.g. `uploads/` for media).
 * S3 delivers events at least once: a processor must be safe to run twice on the same object.
 */
export interface UploadProcessor {
  prefix: string;
  process(deps: AppDeps, object: UploadedObject): Promise<void>;
}
