import { CopyObjectCommand, DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { AppDeps } from '../platform/deps.ts';
import { publishedKeyPrefix, withheldKeyPrefix } from './storage-keys.ts';

type Deps = Pick<AppDeps, 's3' | 'mediaBucket'>;

/** Moves every file of a medium from one prefix to another (copy inside storage, then delete). */
const moveFiles = async (deps: Deps, from: string, to: string) => {
  const listed = await deps.s3.send(new ListObjectsV2Command({ Bucket: deps.mediaBucket, Prefix: from }));
  for (const { Key } of listed.Contents ?? []) {
    if (!Key) continue;
    await deps.s3.send(
      new CopyObjectCommand({
        Bucket: deps.mediaBucket,
        Key: `${to}${Key.slice(from.length)}`,
        CopySource: `${deps.mediaBucket}/${Key}`,
      }),
    );
    await deps.s3.send(new DeleteObjectCommand({ Bucket: deps.mediaBucket, Key }));
  }
};

/**
 * A hidden medium's files leave `media/` (what CloudFront serves) for `withheld/` (never
 * served), so its direct URL stops working too; restoring moves them back. Published files are
 * cached at most 5 minutes by CloudFront for this reason.
 */
export const withholdFiles = (deps: Deps, mediaId: string) =>
  moveFiles(deps, publishedKeyPrefix(mediaId), withheldKeyPrefix(mediaId));

export const republishFiles = (deps: Deps, mediaId: string) =>
  moveFiles(deps, withheldKeyPrefix(mediaId), publishedKeyPrefix(mediaId));
