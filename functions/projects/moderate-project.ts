import { review } from '../moderation/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { projectOrThrow } from './project-access.ts';
import { CITY, projectChange, reportableProjects } from './reportable.ts';
import { isListedPublicly } from './store.ts';

/** Admins put a project on the home page, or take it off. */
export const setFeatured = async (deps: AppDeps, { slug, featured }: { slug: string; featured: boolean }) => {
  const project = await projectOrThrow(deps, slug);
  if (featured && !isListedPublicly(project))
    throw new AppError('conflict', 'Only a public, visible project can be featured.');
  const change = projectChange(
    deps,
    project,
    { ...project, featured },
    featured ? { at: deps.clock.now().toISOString(), actorName: CITY, action: 'featured' } : undefined,
  );
  if (!(await transact(deps, change.writes))) throw new AppError('conflict', reportableProjects.changedMeanwhile);
  await change.afterwards(deps);
  return change.record;
};

/** Admins hide a project with a reason its stewards see; the reports are resolved. */
export const hideProject = (deps: AppDeps, { slug, reason }: { slug: string; reason: string }) =>
  review(deps, reportableProjects, slug, { hide: { reason } });

/** Admins restore a hidden or reported project; the reports are resolved. */
export const restoreProject = (deps: AppDeps, { slug }: { slug: string }) =>
  review(deps, reportableProjects, slug, 'restore');
