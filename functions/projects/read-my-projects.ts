import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import type { MemberRole } from './schema.ts';
import { getFollower, getInvitation, getJoinRequest, getMember, getProject, listMembershipsOf } from './store.ts';

/** The viewer's relation to a project (role, pending request, follow, invitation): personal, never cached. */
export const readMyRelation = async (
  deps: AppDeps,
  { viewer, slug }: { viewer: Viewer; slug: string },
): Promise<Read<{ role: MemberRole | null; requested: boolean; following: boolean; invited: boolean }>> => {
  const [member, request, follower, invitation] = await Promise.all([
    getMember(deps, slug, viewer.id),
    getJoinRequest(deps, slug, viewer.id),
    getFollower(deps, slug, viewer.id),
    getInvitation(deps, slug, viewer.email),
  ]);
  return {
    view: {
      role: member?.role ?? null,
      requested: Boolean(request),
      following: Boolean(follower),
      invited: Boolean(invitation),
    },
    cache: 'private',
  };
};

/** The projects the viewer is a member of, with their role, by title: personal, never cached. */
export const listMyProjects = async (
  deps: AppDeps,
  { viewer }: { viewer: Viewer },
): Promise<Read<{ items: { slug: string; title: string; role: MemberRole }[] }>> => {
  const memberships = await listMembershipsOf(deps, viewer.id);
  const items = await Promise.all(
    memberships.map(async ({ slug, role }) => {
      const project = await getProject(deps, slug);
      return project ? [{ slug: project.slug, title: project.title, role }] : [];
    }),
  );
  return { view: { items: items.flat().sort((a, b) => a.title.localeCompare(b.title, 'fr')) }, cache: 'private' };
};
