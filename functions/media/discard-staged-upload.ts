import { AbortMultipartUploadCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { AppDeps } from '../platform/deps.ts';
import type { MediaRecord } from './schema.ts';

/**
 * Frees storage of an upload that will never be processed (cancelled or abandoned): its
 * unfinished multipart parts and its staged bytes. Either may already be gone: fine.
 */
export const discardStagedUpload = async (deps: Pick<AppDeps, 's3' | 'mediaBucket'>, record: MediaRecord) => {
  const { key, uploadId } = record.upload;
  if (record.upload.mode === 'multipart' && uploadId) {
    await deps.s3
      .send(new AbortMultipartUploadCommand({ Bucket: deps.mediaBucket, Key: key, UploadId: uploadId }))
      .catch(() => {});
  }
  await deps.s3.send(new DeleteObjectCommand({ Bucket: deps.mediaBucket, Key: key })).catch(() => {});
};
