/**
 * Sends a file's bytes straight to storage with Uppy (headless: no Uppy UI), as the API said
 * when it accepted the upload: one presigned POST (up to 100 MB), or a resumable multipart upload
 * in the API's part size, each part PUT to a URL the API presigns. Our media id plays the role of
 * S3's upload id; the API itself creates, completes and aborts the multipart upload (it keeps its
 * record and the uploader's quota in step), so Uppy only asks it through these callbacks.
 *
 * Uppy 5 is used on purpose: Uppy 6's S3 plugin dropped these callbacks in favour of signing raw
 * S3 requests, which would have the browser create and complete uploads behind the API's back.
 */
import AwsS3, { type AwsS3Part } from '@uppy/aws-s3';
import Uppy from '@uppy/core';
import { api } from '../api.ts';
import type { UploadAnswer } from './types.ts';

export interface UploadEvents {
  /** Bytes stored so far, of `total`. */
  progress(sent: number, total: number): void;
  /** Storage has the whole file; processing starts on its own. */
  sent(): void;
  /** The transfer stopped (network, expired URL…); `retry()` carries on. */
  failed(): void;
  /** The browser lost its connection: the transfer waits, and carries on by itself once back online. */
  offline(): void;
  online(): void;
}

export interface RunningUpload {
  /** Multipart uploads only: stop after the parts in flight, or carry on (asking storage which parts it has). */
  pause(): void;
  resume(): void;
  retry(): void;
  /** Stops the transfer; the API then forgets the upload and gives the quota back. False when too late. */
  cancel(): Promise<boolean>;
  readonly resumable: boolean;
}

const failedCall = (what: string, response: Response) => new Error(`${what} answered ${response.status}`);

export const startUpload = (file: File, { mediaId, upload }: UploadAnswer, events: UploadEvents): RunningUpload => {
  const id = { param: { id: mediaId } };
  const key = `uploads/${mediaId}`;
  const multipart = upload.mode === 'multipart';
  const uppy = new Uppy({ autoProceed: false, allowMultipleUploadBatches: true });
  uppy.use(AwsS3, {
    shouldUseMultipart: () => multipart,
    // Parts in the API's size, so Uppy's part numbers are the API's.
    getChunkSize: () => (upload.mode === 'multipart' ? upload.partSize : file.size),
    limit: 4,
    // The presigned POST carries exactly the policy's fields: no extra metadata field.
    allowedMetaFields: [],
    getUploadParameters: () => {
      if (upload.mode !== 'post') throw new Error('This upload is a multipart upload');
      return { method: 'POST', url: upload.url, fields: upload.fields };
    },
    createMultipartUpload: () => ({ uploadId: mediaId, key }),
    signPart: async (_file, { partNumber, signal }) => {
      const response = await api.api.uploads[':id'].parts.$post(
        { ...id, json: { partNumbers: [partNumber] } },
        { init: { signal } },
      );
      if (!response.ok) throw failedCall('Signing a part', response);
      const [part] = (await response.json()).parts;
      if (!part) throw new Error(`No URL for part ${partNumber}`);
      return { method: 'PUT', url: part.url };
    },
    listParts: async (_file, { signal }) => {
      const response = await api.api.uploads[':id'].parts.$get(id, { init: { signal } });
      if (!response.ok) throw failedCall('Listing parts', response);
      return (await response.json()).parts.map(
        (part): AwsS3Part => ({ PartNumber: part.partNumber, ETag: part.etag, Size: part.size }),
      );
    },
    completeMultipartUpload: async (_file, { parts, signal }) => {
      const response = await api.api.uploads[':id'].complete.$post(
        { ...id, json: { parts: parts.map((part) => ({ partNumber: part.PartNumber ?? 0, etag: part.ETag ?? '' })) } },
        { init: { signal } },
      );
      if (!response.ok) throw failedCall('Completing', response);
      return {};
    },
    // Uppy aborts after a failed part; the parts already stored are kept for "retry", and only
    // cancelling (below) tells the API to drop the upload.
    abortMultipartUpload: () => {},
  });
  const fileId = uppy.addFile({ name: file.name, type: file.type, data: file, source: 'Local' });

  uppy.on('upload-progress', (_file, progress) =>
    events.progress(progress.bytesUploaded, progress.bytesTotal ?? file.size),
  );
  uppy.on('upload-success', () => events.sent());
  let failed = false;
  let waitingForNetwork = false;
  uppy.on('upload-error', () => {
    failed = true;
    if (!waitingForNetwork) events.failed();
  });
  uppy.on('is-offline', () => {
    if (waitingForNetwork || uppy.getFile(fileId)?.progress.uploadComplete) return;
    waitingForNetwork = true;
    // Parts in flight would hang on a dead connection: stop them, and carry on from storage's list later.
    if (multipart) uppy.pauseResume(fileId);
    events.offline();
  });
  uppy.on('back-online', () => {
    if (!waitingForNetwork) return;
    waitingForNetwork = false;
    events.online();
    if (failed) running.retry();
    else if (multipart) uppy.pauseResume(fileId);
  });
  void uppy.upload();

  const running: RunningUpload = {
    resumable: multipart,
    pause: () => {
      if (multipart && uppy.getFile(fileId)?.isPaused !== true) uppy.pauseResume(fileId);
    },
    resume: () => {
      if (multipart && uppy.getFile(fileId)?.isPaused === true) uppy.pauseResume(fileId);
    },
    retry: () => {
      failed = false;
      // Resume from what storage already has (Uppy lists the parts first) rather than from zero.
      if (multipart)
        uppy.setFileState(fileId, {
          s3Multipart: { key, uploadId: mediaId },
        } as Parameters<typeof uppy.setFileState>[1]);
      void uppy.retryUpload(fileId);
    },
    cancel: async () => {
      uppy.cancelAll();
      uppy.destroy();
      const response = await api.api.uploads[':id'].$delete(id);
      // 404: already gone. 409: the last byte arrived first; the medium is being processed.
      return response.ok || response.status === 404;
    },
  };
  return running;
};
