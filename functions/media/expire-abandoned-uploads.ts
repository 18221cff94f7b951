import type { DailyTask } from '../platform/daily-task.ts';
import type { AppDeps } from '../platform/deps.ts';
import { discardStagedUpload } from './discard-staged-upload.ts';
import { listPendingCreatedBefore, moveMediaOn } from './store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Uploads whose bytes never arrived (or never finished processing) within 24 hours become
 * `expired`: staged bytes and unfinished multipart uploads are deleted and the quota released.
 */
export const expireAbandonedUploads = async (deps: AppDeps) => {
  const cutoff = new Date(deps.clock.now().getTime() - DAY_MS).toISOString();
  let expired = 0;
  for (const record of await listPendingCreatedBefore(deps, cutoff)) {
    const now = deps.clock.now().toISOString();
    const done = await moveMediaOn(
      deps,
      { ...record, status: 'expired', updatedAt: now, processedAt: now },
      ['pending', 'processing'],
      { bytes: -record.declaredSize, pending: -1 },
    );
    if (!done) continue;
    expired++;
    await discardStagedUpload(deps, record);
  }
  return { expired };
};

export const expireAbandonedUploadsTask: DailyTask = { name: 'expire-abandoned-uploads', run: expireAbandonedUploads };
