import type { AppDeps } from '../platform/deps.ts';
import type { HiddenBy, Reportable, ReportSeen, VisibilityChange } from '../platform/reportable.ts';
import { refreshMediaUses } from './media-uses.ts';
import { toOwnMedia } from './media-views.ts';
import { mediumShownChanged } from './public-paths.ts';
import { republishFiles, withholdFiles } from './published-files.ts';
import type { MediaRecord } from './schema.ts';
import { allMediaOfOwner, countMediaReport, getMedia, mediaKeys, putMediaItem } from './store.ts';

/**
 * A medium's new state, saved over the one that was read (its status and its report count), then
 * its uses refreshed and its files withheld or published again to match.
 */
const change = (deps: AppDeps, before: MediaRecord, after: MediaRecord): VisibilityChange<MediaRecord> => ({
  writes: [putMediaItem(deps, after, [before.status], { openFlags: before.openFlags })],
  afterwards: async () => {
    await refreshMediaUses(deps, after.id, after);
    if (before.status !== 'hidden' && after.status === 'hidden') await withholdFiles(deps, after.id);
    if (before.status === 'hidden' && after.status === 'ready') await republishFiles(deps, after.id);
    // After the files moved: the edge must not keep serving what was just withheld.
    await mediumShownChanged(deps, after);
  },
  record: after,
});

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
