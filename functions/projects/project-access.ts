import type { Viewer } from '../platform/auth.ts';
import { hasRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { MemberRecord, ProjectRecord } from './schema.ts';
import { getMember, getProject, isListedPublicly } from './store.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName'>;

/** The project, or 404. */
export const projectOrThrow = async (deps: Deps, slug: string): Promise<ProjectRecord> => {
  const project = await getProject(deps, slug);
  if (!project) throw new AppError('not-found', `There is no project "${slug}".`);
  return project;
};

/** A project the viewer may see: public ones for anyone; drafts and hidden ones for members and admins. */
export const visibleProject = async (deps: Deps, slug: string, viewer: Viewer | null) => {
  const project = await projectOrThrow(deps, slug);
  if (isListedPublicly(project))
    return { project, member: viewer ? await getMember(deps, slug, viewer.id) : undefined };
  const member = viewer ? await getMember(deps, slug, viewer.id) : undefined;
  if (!member && !hasRole(viewer, 'admin')) throw new AppError('not-found', `There is no project "${slug}".`);
  return { project, member };
};

/** The viewer's membership, or 403. */
export const requireMember = async (deps: Deps, slug: string, viewer: Viewer) => {
  const project = await projectOrThrow(deps, slug);
  const member = await getMember(deps, slug, viewer.id);
  if (!member) throw new AppError('forbidden', 'Only members of this project can do this.');
  return { project, member };
};

/** The viewer's stewardship, or 403: stewards run the project (peer governance). */
export const requireSteward = async (
  deps: Deps,
  slug: string,
  viewer: Viewer,
): Promise<{ project: ProjectRecord; member: MemberRecord }> => {
  const { project, member } = await requireMember(deps, slug, viewer);
  if (member.role !== 'steward') throw new AppError('forbidden', 'Only stewards of this project can do this.');
  return { project, member };
};
