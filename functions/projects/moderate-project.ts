import { reporterKey } from '../moderation/reporter.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { followProjectVisibility } from '../trails/follow-project-visibility.ts';
import { activityEntry } from './activity.ts';
import { projectOrThrow } from './project-access.ts';
import type { ProjectRecord } from './schema.ts';
import { refreshSearchEntry } from './search-index.ts';
import { getItem, isListedPublicly, projectItem, projectKeys, queryCollection, transact } from './store.ts';

const CITY = 'La Ville / The city';

/** Saves a project over the revision that was read, logs the change and updates the index. */
const saveModerated = async (
  deps: AppDeps,
  before: ProjectRecord,
  after: ProjectRecord,
  log?: Parameters<typeof activityEntry>[2],
) => {
  const saved = await transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: projectItem({ ...after, revision: before.revision + 1 }),
        ConditionExpression: 'revision = :seen',
        ExpressionAttributeValues: { ':seen': before.revision },
      },
    },
    ...(log ? [activityEntry(deps.tableName, before.slug, log)] : []),
  ]);
  if (!saved) throw new AppError('conflict', 'The project changed meanwhile; try again.');
  await refreshSearchEntry(deps, after);
  if (Boolean(before.hidden) !== Boolean(after.hidden))
    await followProjectVisibility(deps, { slug: after.slug, hidden: Boolean(after.hidden) });
};

/** Anyone reports a public project, once each; after the threshold it is hidden pending review. */
export const flagProject = async (
  deps: AppDeps,
  { slug, reason, viewer, clientIp }: { slug: string; reason: string; viewer: Viewer | null; clientIp: string },
) => {
  const flaggerKey = await reporterKey(deps, { viewer, clientIp });
  for (let attempt = 0; attempt < 5; attempt++) {
    const project = await projectOrThrow(deps, slug);
    if (!isListedPublicly(project) && !project.hidden)
      throw new AppError('not-found', `There is no project "${slug}".`);
    const now = deps.clock.now().toISOString();
    const openFlags = project.openFlags + 1;
    const hide = !project.hidden && openFlags >= deps.config.flagsToHide;
    const next: ProjectRecord = {
      ...project,
      openFlags,
      ...(hide ? { hidden: { reason: 'Reported by several people; waiting for review.', at: now } } : {}),
      revision: project.revision + 1,
    };
    const ok = await transact(deps, [
      {
        Put: {
          TableName: deps.tableName,
          Item: { ...projectKeys.flag(slug, flaggerKey), slug, reason, createdAt: now },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: deps.tableName,
          Item: projectItem(next),
          ConditionExpression: 'revision = :seen',
          ExpressionAttributeValues: { ':seen': project.revision },
        },
      },
    ]);
    if (ok) {
      if (hide) {
        await refreshSearchEntry(deps, next);
        await followProjectVisibility(deps, { slug, hidden: true });
      }
      return { hidden: Boolean(next.hidden) };
    }
    if (await getItem(deps, projectKeys.flag(slug, flaggerKey))) {
      throw new AppError('conflict', 'You have already reported this project; the city will review it.');
    }
  }
  throw new AppError('conflict', 'Many reports are arriving at once; please try again.');
};

const clearFlags = async (deps: AppDeps, slug: string) => {
  const { items } = await queryCollection(deps, slug, 'X#FLAG#', { oldestFirst: true });
  for (const item of items)
    await transact(deps, [{ Delete: { TableName: deps.tableName, Key: { pk: item.pk, sk: item.sk } } }]);
};

/** Admins put a project on the home page, or take it off. */
export const setFeatured = async (deps: AppDeps, { slug, featured }: { slug: string; featured: boolean }) => {
  const project = await projectOrThrow(deps, slug);
  if (featured && !isListedPublicly(project))
    throw new AppError('conflict', 'Only a public, visible project can be featured.');
  const next = { ...project, featured };
  await saveModerated(
    deps,
    project,
    next,
    featured ? { at: deps.clock.now().toISOString(), actorName: CITY, action: 'featured' } : undefined,
  );
  return next;
};

/** Admins hide a project with a reason its stewards see; the reports are resolved. */
export const hideProject = async (deps: AppDeps, { slug, reason }: { slug: string; reason: string }) => {
  const project = await projectOrThrow(deps, slug);
  const at = deps.clock.now().toISOString();
  await clearFlags(deps, slug);
  const next = { ...project, hidden: { reason, at }, featured: false, openFlags: 0 };
  // The reason is for the stewards (on the project), not for the public log.
  await saveModerated(deps, project, next, { at, actorName: CITY, action: 'hidden' });
  return next;
};

/** Admins restore a hidden or reported project; the reports are resolved. */
export const restoreProject = async (deps: AppDeps, { slug }: { slug: string }) => {
  const project = await projectOrThrow(deps, slug);
  await clearFlags(deps, slug);
  const next = { ...project, hidden: undefined, openFlags: 0 };
  await saveModerated(deps, project, next, { at: deps.clock.now().toISOString(), actorName: CITY, action: 'restored' });
  return next;
};

/** How a reported project appears in the shared moderation queue. */
export const describeProjectForQueue = async (deps: AppDeps, slug: string) => {
  const project = await getItem<ProjectRecord>(deps, projectKeys.project(slug));
  if (!project) return undefined;
  const { items } = await queryCollection(deps, slug, 'X#FLAG#', { oldestFirst: true });
  return {
    kind: 'project' as const,
    project: {
      slug: project.slug,
      title: project.title,
      summary: project.summary,
      hidden: project.hidden,
      openFlags: project.openFlags,
    },
    flags: items.map((flag) => ({ reason: String(flag.reason), createdAt: String(flag.createdAt) })),
  };
};
