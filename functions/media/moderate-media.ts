import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { deleteMediaForGood } from './delete-media.ts';
import { refreshMediaUses } from './media-uses.ts';
import { toOwnMedia } from './media-views.ts';
import { republishFiles, withholdFiles } from './published-files.ts';
import type { MediaRecord } from './schema.ts';
import { allMediaOfOwner, deleteFlags, getMedia, listFlags, replaceMedia } from './store.ts';

/** How a reported medium appears in the shared moderation queue: reasons and uploader history. */
export const describeMediaForQueue = async (deps: AppDeps, record: MediaRecord) => {
  const [flags, history] = await Promise.all([listFlags(deps, record.id), allMediaOfOwner(deps, record.ownerId)]);
  return {
    kind: 'media' as const,
    media: toOwnMedia(record),
    flags: flags.map(({ reason, createdAt }) => ({ reason, createdAt })),
    uploader: {
      id: record.ownerId,
      attributionName: record.attributionName,
      mediaCount: history.length,
      hiddenCount: history.filter((m) => m.status === 'hidden').length,
      rejectedCount: history.filter((m) => m.status === 'rejected').length,
    },
  };
};

const reviewed = async (deps: AppDeps, mediaId: string) => {
  const record = await getMedia(deps, mediaId);
  if (!record || (record.status !== 'ready' && record.status !== 'hidden')) {
    throw new AppError('not-found', 'There is no such published medium.');
  }
  return record;
};

/** Closes the review: the flags are resolved (deleted) and the record saved in its new state. */
const resolve = async (deps: AppDeps, record: MediaRecord, next: MediaRecord) => {
  await deleteFlags(deps, record.id, await listFlags(deps, record.id));
  if (!(await replaceMedia(deps, { ...next, openFlags: 0 }, [record.status]))) {
    throw new AppError('conflict', 'This medium changed meanwhile; reload the queue.');
  }
  await refreshMediaUses(deps, record.id, next);
  if (record.status !== 'hidden' && next.status === 'hidden') await withholdFiles(deps, record.id);
  if (record.status === 'hidden' && next.status === 'ready') await republishFiles(deps, record.id);
  return toOwnMedia({ ...next, openFlags: 0 });
};

/** The reports were unfounded: published again, flags cleared. */
export const restoreMedia = async (deps: AppDeps, { mediaId }: { mediaId: string }) => {
  const record = await reviewed(deps, mediaId);
  return resolve(deps, record, {
    ...record,
    status: 'ready',
    hidden: undefined,
    updatedAt: deps.clock.now().toISOString(),
  });
};

/** Hidden with a reason its uploader reads on their "My media" page. */
export const hideMedia = async (deps: AppDeps, { mediaId, reason }: { mediaId: string; reason: string }) => {
  const record = await reviewed(deps, mediaId);
  const now = deps.clock.now().toISOString();
  return resolve(deps, record, {
    ...record,
    status: 'hidden',
    hidden: { by: 'staff', reason, at: now },
    updatedAt: now,
  });
};

/** Removed for good (illegal content, a clear violation). */
export const deleteReportedMedia = async (deps: AppDeps, { mediaId }: { mediaId: string }) => {
  await deleteMediaForGood(deps, await reviewed(deps, mediaId));
};
