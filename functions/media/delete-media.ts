import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { forgetReports } from '../moderation/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { refreshMediaUses } from './media-uses.ts';
import { mediumShownChanged } from './public-paths.ts';
import type { MediaRecord } from './schema.ts';
import { publishedKeyPrefix, stagedKey, withheldKeyPrefix } from './storage-keys.ts';
import { deleteMediaItem, mediaKeys, transact, usageChange } from './store.ts';

/**
 * Removes a medium for good: its published files and captions, staged bytes, reports, the record,
 * and gives its bytes back to the uploader's quota. Used by the uploader, moderation and erasure.
 */
export const deleteMediaForGood = async (deps: AppDeps, record: MediaRecord): Promise<void> => {
  const listed = await Promise.all(
    [publishedKeyPrefix(record.id), withheldKeyPrefix(record.id)].map((Prefix) =>
      deps.s3.send(new ListObjectsV2Command({ Bucket: deps.mediaBucket, Prefix })),
    ),
  );
  const keys = [
    ...listed.flatMap((page) => (page.Contents ?? []).map((object) => object.Key ?? '')),
    stagedKey(record.id),
  ].filter(Boolean);
  await deps.s3.send(
    new DeleteObjectsCommand({
      Bucket: deps.mediaBucket,
      Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
    }),
  );
  await forgetReports(deps, mediaKeys.media(record.id).pk);
  await refreshMediaUses(deps, record.id, null);
  await mediumShownChanged(deps, record);
  const awaitingBytes = record.status === 'pending' || record.status === 'processing';
  const counted = record.status === 'ready' || record.status === 'hidden' || awaitingBytes;
  await transact(deps, [
    deleteMediaItem(deps, record.id),
    ...(counted
      ? [
          usageChange(deps, record.ownerId, {
            bytes: -(record.size ?? record.declaredSize),
            pending: awaitingBytes ? -1 : 0,
          }),
        ]
      : []),
  ]);
};
