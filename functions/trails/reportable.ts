import type { Reportable, ReportSeen, VisibilityChange } from '../platform/reportable.ts';
import { trailShownChanged } from './public-paths.ts';
import type { TrailRecord } from './schema.ts';
import { countTrailReport, getTrail, isPublic, trailCollection, trailVisibilityChange } from './store.ts';

type Changes = Parameters<typeof trailVisibilityChange>[2];

/** A trail's visibility written over the state that was read; then the edge forgets what it showed. */
const change = (tableName: string, trail: TrailRecord, changes: Changes, notHidden = false) => {
  const { write, next } = trailVisibilityChange(tableName, trail, changes, { notHidden });
  return {
    writes: [write],
    afterwards: (deps) => trailShownChanged(deps, trail.id),
    record: next,
  } satisfies VisibilityChange<TrailRecord>;
};

/** How a reported trail appears in the moderation queue. */
const inQueue = async (trail: TrailRecord, flags: ReportSeen[]) => ({
  kind: 'trail' as const,
  trail: {
    id: trail.id,
    title: trail.title,
    projectSlug: trail.projectSlug,
    hidden: trail.hidden,
    openFlags: trail.openFlags ?? 0,
  },
  flags,
});

/**
 * Public trails (a stop's text, the whole) may be reported by anyone; admins review them.
 * A review resolves the open reports: the count is removed.
 */
export const reportableTrails: Reportable<TrailRecord, Awaited<ReturnType<typeof inQueue>>> = {
  kind: 'trail',
  collection: trailCollection,
  notFound: (id) => `There is no trail "${id}".`,
  alreadyReported: 'You have already reported this trail; the city will review it.',
  changedMeanwhile: 'The trail changed meanwhile; try again.',
  load: async (deps, id) => {
    const trail = await getTrail(deps, id);
    if (!trail) return undefined;
    return {
      reportable: isPublic(trail) || Boolean(trail.hidden),
      hidden: Boolean(trail.hidden),
      openReports: trail.openFlags ?? 0,
      countReport: countTrailReport(deps.tableName, id),
      hide: ({ by, reason, at }) =>
        by === 'reports'
          ? change(deps.tableName, trail, { hidden: { reason, at } }, true)
          : change(deps.tableName, trail, { hidden: { reason, at }, openFlags: undefined }),
      restore: () => change(deps.tableName, trail, { hidden: undefined, openFlags: undefined }),
      inQueue: async (_deps, flags) => inQueue(trail, flags),
    };
  },
};
