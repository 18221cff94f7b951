import type { AppDeps } from '../platform/deps.ts';
import type { HiddenBy, Reportable, ReportSeen, VisibilityChange } from '../platform/reportable.ts';
import { filesFollowStatusItem, startFilesFollowingStatus } from './media-files-work.ts';
import { refreshMediaUses } from './media-uses.ts';
import { toOwnMedia } from './media-views.ts';
import { mediumShownChanged } from './public-paths.ts';
import type { MediaRecord } from './schema.ts';
import { allMediaOfOwner, countMediaReport, getMedia, mediaKeys, putMediaItem } from './store.ts';

/**
 * A medium's new state, saved over the one that was read (its status and its report count), then
 * its uses refreshed and its files withheld or published again to match (by the work job).
 */
const change = (deps: AppDeps, before: MediaRecord, after: MediaRecord): VisibilityChange<MediaRecord> => {
  // Moving a large medium's files takes longer than a request may: the work job does it, and
  // drops the files from the edge once they moved (media-files-work.ts).
  const filesMove = before.status !== after.status;
  return {
    writes: [
      putMediaItem(deps, after, [before.status], { openFlags: before.openFlags }),
      ...(filesMove ? [filesFollowStatusItem(deps, after.id, after.updatedAt)] : []),
    ],
    afterwards: async () => {
      await refreshMediaUses(deps, after.id, after);
      // Its page and its contributor's now say what the city decided.
      await mediumShownChanged(deps, after);
      if (filesMove) await startFilesFollowingStatus(deps, after.id);
    },
    record: after,
  };
};

/** A reviewer's decision resolves the open reports: the count starts again from zero. */
const hidden = (record: MediaRecord, { by, reason, at }: { by: HiddenBy; reason: string; at: string }) => ({
  ...record,
  status: 'hidden' as const,
  hidden: { by: by === 'reports' ? ('flags' as const) : ('staff' as const), reason, at },
  ...(by === 'staff' ? { openFlags: 0 } : {}),
  updatedAt: at,
});

/** How a reported medium appears in the moderation queue: reasons and the uploader's history. */
const inQueue = async (deps: AppDeps, record: MediaRecord, flags: ReportSeen[]) => {
  const history = await allMediaOfOwner(deps, record.ownerId);
  return {
    kind: 'media' as const,
    media: toOwnMedia(record),
    flags,
    uploader: {
      id: record.ownerId,
      attributionName: record.attributionName,
      mediaCount: history.length,
      hiddenCount: history.filter((m) => m.status === 'hidden').length,
      rejectedCount: history.filter((m) => m.status === 'rejected').length,
    },
  };
};

/** A published medium (shown or hidden by moderation): what reports and reviews are about. */
export const publishedMedia = async (deps: AppDeps, id: string) => {
  const record = await getMedia(deps, id);
  return record && (record.status === 'ready' || record.status === 'hidden') ? record : undefined;
};

/** Published media may be reported by anyone; staff review them. */
export const reportableMedia: Reportable<MediaRecord, Awaited<ReturnType<typeof inQueue>>> = {
  kind: 'media',
  collection: (id) => mediaKeys.media(id).pk,
  notFound: () => 'There is no such published medium.',
  alreadyReported: 'You have already reported this medium; staff will review it.',
  changedMeanwhile: 'This medium changed meanwhile; reload the queue.',
  load: async (deps, id) => {
    const record = await publishedMedia(deps, id);
    if (!record) return undefined;
    return {
      reportable: true,
      hidden: record.status === 'hidden',
      openReports: record.openFlags,
      countReport: countMediaReport(deps, id),
      hide: (how) => change(deps, record, hidden(record, how)),
      restore: (at) =>
        change(deps, record, { ...record, status: 'ready', hidden: undefined, openFlags: 0, updatedAt: at }),
      inQueue: (queueDeps, flags) => inQueue(queueDeps, record, flags),
    };
  },
};
