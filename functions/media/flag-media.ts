import { reporterKey } from '../moderation/reporter.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { refreshMediaUses } from './media-uses.ts';
import { withholdFiles } from './published-files.ts';
import type { MediaRecord } from './schema.ts';
import { getFlag, getMedia, putMediaItem, putNewFlag, transact } from './store.ts';

/**
 * Anyone may report a published medium, once per person (or network, for residents). After the
 * configured number of open flags it is hidden until staff review it: moderation after the fact.
 */
export const flagMedia = async (
  deps: AppDeps,
  { mediaId, reason, viewer, clientIp }: { mediaId: string; reason: string; viewer: Viewer | null; clientIp: string },
): Promise<{ hidden: boolean }> => {
  const flaggerKey = await reporterKey(deps, { viewer, clientIp });
  // Optimistic concurrency on the flag count: retry when another flag landed meanwhile.
  for (let attempt = 0; attempt < 5; attempt++) {
    const record = await getMedia(deps, mediaId);
    if (!record || (record.status !== 'ready' && record.status !== 'hidden')) {
      throw new AppError('not-found', 'There is no such published medium.');
    }
    const now = deps.clock.now().toISOString();
    const openFlags = record.openFlags + 1;
    const hide = record.status === 'ready' && openFlags >= deps.config.flagsToHide;
    const next: MediaRecord = {
      ...record,
      openFlags,
      ...(hide
        ? {
            status: 'hidden',
            hidden: { by: 'flags', reason: 'Reported by several people; waiting for review.', at: now },
          }
        : {}),
      updatedAt: now,
    };
    const ok = await transact(deps, [
      putNewFlag(deps, { mediaId, reason, createdAt: now, flaggerKey }),
      putMediaItem(deps, next, [record.status], { openFlags: record.openFlags }),
    ]);
    if (ok) {
      if (hide) {
        await refreshMediaUses(deps, mediaId, next);
        await withholdFiles(deps, mediaId);
      }
      return { hidden: next.status === 'hidden' };
    }
    if (await getFlag(deps, mediaId, flaggerKey)) {
      throw new AppError('conflict', 'You have already reported this medium; staff will review it.');
    }
  }
  throw new AppError('conflict', 'Many reports are arriving at once; please try again.');
};
