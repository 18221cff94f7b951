import type { AppDeps } from '../platform/deps.ts';
import { projectVisibilityChanged } from '../platform/project-visibility.ts';
import type { Reportable, ReportSeen, VisibilityChange } from '../platform/reportable.ts';
import { activityEntry } from './activity.ts';
import { projectShownChanged } from './public-paths.ts';
import type { ProjectRecord } from './schema.ts';
import { refreshSearchEntry } from './search-index.ts';
import { countProjectReport, getProject, isListedPublicly, projectKeys, saveProjectOver } from './store.ts';

export const CITY = 'La Ville / The city';

/**
 * A project's new state saved over the revision that was read (with its public log entry, if
 * any), then its search entry refreshed and, when its visibility changed, the listening features
 * told (deps.hooks: a project's trails follow it).
 */
export const projectChange = (
  deps: AppDeps,
  before: ProjectRecord,
  after: ProjectRecord,
  log?: Parameters<typeof activityEntry>[2],
): VisibilityChange<ProjectRecord> => ({
  writes: [
    saveProjectOver(deps.tableName, before, after),
    ...(log ? [activityEntry(deps.tableName, before.slug, log)] : []),
  ],
  afterwards: async () => {
    await refreshSearchEntry(deps, after);
    await projectShownChanged(deps, after.slug);
    if (Boolean(before.hidden) !== Boolean(after.hidden))
      await projectVisibilityChanged(deps, { slug: after.slug, hidden: Boolean(after.hidden) });
  },
  record: after,
});

/** How a reported project appears in the moderation queue. */
const inQueue = async (project: ProjectRecord, flags: ReportSeen[]) => ({
  kind: 'project' as const,
  project: {
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    hidden: project.hidden,
    openFlags: project.openFlags,
  },
  flags,
});

/** Public projects may be reported by anyone; admins review them (collections, like trails). */
export const reportableProjects: Reportable<ProjectRecord, Awaited<ReturnType<typeof inQueue>>> = {
  kind: 'project',
  collection: (slug) => projectKeys.collection(slug),
  notFound: (slug) => `There is no project "${slug}".`,
  alreadyReported: 'You have already reported this project; the city will review it.',
  changedMeanwhile: 'The project changed meanwhile; try again.',
  load: async (deps, slug) => {
    const project = await getProject(deps, slug);
    if (!project) return undefined;
    return {
      reportable: isListedPublicly(project) || Boolean(project.hidden),
      hidden: Boolean(project.hidden),
      openReports: project.openFlags,
      countReport: countProjectReport(deps.tableName, slug),
      hide: ({ by, reason, at }) =>
        by === 'reports'
          ? projectChange(deps, project, { ...project, hidden: { reason, at } })
          : // The reason is for the stewards (on the project), not for the public log.
            projectChange(
              deps,
              project,
              { ...project, hidden: { reason, at }, featured: false, openFlags: 0 },
              { at, actorName: CITY, action: 'hidden' },
            ),
      restore: (at) =>
        projectChange(
          deps,
          project,
          { ...project, hidden: undefined, openFlags: 0 },
          { at, actorName: CITY, action: 'restored' },
        ),
      inQueue: async (_deps, flags) => inQueue(project, flags),
    };
  },
};
