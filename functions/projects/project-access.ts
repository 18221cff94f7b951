import type { Viewer } from '../platform/auth.ts';
import { hasRole } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { MemberRecord, ProjectRecord } from './schema.ts';
import { getMember, getProject, isListedPublicly } from './store.ts';

type Deps = Pick<AppDeps, 'db' | 'tableName'>;

const noSuchProject = (slug: string) => new AppError('not-found', `There is no project "${slug}".`);

/** The project, or 404. */
export const projectOrThrow = async (deps: Deps, slug: string): Promise<ProjectRecord> => {
  const project = await getProject(deps, slug);
  if (!project) throw noSuchProject(slug);
  return project;
};

/** Public projects are for anyone; drafts and hidden ones only for their members and admins (else 404). */
export const requireVisible = (project: ProjectRecord, viewer: Viewer | null, isMember: boolean) => {
  if (!isListedPublicly(project) && !isMember && !hasRole(viewer, 'admin')) throw noSuchProject(project.slug);
};

/** A project the viewer may see (404 otherwise). */
export const visibleProject = async (deps: Deps, slug: string, viewer: Viewer | null) => {
  const project = await projectOrThrow(deps, slug);
  const member = !isListedPublicly(project) && viewer ? await getMember(deps, slug, viewer.id) : undefined;
  requireVisible(project, viewer, Boolean(member));
  return project;
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

/** 409 when the viewer is a member already (joining or accepting twice). */
export const requireNotMember = async (deps: Deps, slug: string, viewer: Viewer) => {
  if (await getMember(deps, slug, viewer.id))
    throw new AppError('conflict', 'You are already a member of this project.');
};

/** The viewer as a new (non-steward) member, under the name they are credited with. */
export const newMember = (viewer: Viewer, slug: string, joinedAt: string): MemberRecord => ({
  slug,
  userId: viewer.id,
  role: 'member',
  attributionName: viewer.attributionName,
  joinedAt,
});
