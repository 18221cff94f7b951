import { CopyObjectCommand, DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { AppDeps } from '../platform/deps.ts';
import { publishedKeyPrefix, withheldKeyPrefix } from './storage-keys.ts';

type Deps = Pick<AppDeps, 's3' | 'mediaBucket'>;

/** Files moved per step: a few large copies at most, well within a step's time. */
export const FILES_PER_STEP = 5;

/**
 * Moves a batch of a medium's files from one prefix to another (copy inside storage, then
 * delete) and answers how many moved and whether any are left. What is left is what is still
 * under `from`, so a move cut anywhere is finished by the next call: a file copied but not yet
 * deleted is copied again.
 */
const moveSomeFiles = async (deps: Deps, from: string, to: string) => {
  // The whole listing (a medium has a handful of files, never a thousand), not MaxKeys: s3rver
  // fails on a truncated ListObjectsV2 (its continuation token uses a cipher Node no longer has).
  const listed = await deps.s3.send(new ListObjectsV2Command({ Bucket: deps.mediaBucket, Prefix: from }));
  const all = (listed.Contents ?? []).flatMap(({ Key }) => (Key ? [Key] : []));
  const keys = all.slice(0, FILES_PER_STEP);
  for (const Key of keys) {
    await deps.s3.send(
      new CopyObjectCommand({
        Bucket: deps.mediaBucket,
        Key: `${to}${Key.slice(from.length)}`,
        CopySource: `${deps.mediaBucket}/${Key}`,
      }),
    );
    await deps.s3.send(new DeleteObjectCommand({ Bucket: deps.mediaBucket, Key }));
  }
  return { moved: keys.length, left: all.length > keys.length || Boolean(listed.IsTruncated) };
};

/**
 * A hidden medium's files leave `media/` (what CloudFront serves) for `withheld/` (never
 * served), so its direct URL stops working too; restoring moves them back. Published files are
 * cached at most 5 minutes by CloudFront for this reason. A large medium takes several steps of
 * the work job (see media-files-work.ts), never an API request.
 */
export const withholdSomeFiles = (deps: Deps, mediaId: string) =>
  moveSomeFiles(deps, publishedKeyPrefix(mediaId), withheldKeyPrefix(mediaId));

export const republishSomeFiles = (deps: Deps, mediaId: string) =>
  moveSomeFiles(deps, withheldKeyPrefix(mediaId), publishedKeyPrefix(mediaId));
