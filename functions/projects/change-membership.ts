import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireMember, requireSteward } from './project-access.ts';
import { projectShownChanged } from './public-paths.ts';
import type { MemberRecord, MemberRole } from './schema.ts';
import { deleteMember, getMember, saveMemberRole } from './store.ts';

const LAST_STEWARD = 'A project always keeps at least one steward: name another steward first, or archive the project.';

const memberOrThrow = async (deps: AppDeps, slug: string, userId: string) => {
  const member = await getMember(deps, slug, userId);
  if (!member) throw new AppError('not-found', 'This person is not a member.');
  return member;
};

/** A steward makes someone steward or member. Demoting the last steward is a 409. */
export const changeMemberRole = async (
  deps: AppDeps,
  { viewer, slug, userId, role }: { viewer: Viewer; slug: string; userId: string; role: MemberRole },
) => {
  await requireSteward(deps, slug, viewer);
  const member = await memberOrThrow(deps, slug, userId);
  if (member.role === role) return member;
  const done = await saveMemberRole(deps, member, role, {
    at: deps.clock.now().toISOString(),
    actorName: viewer.attributionName,
    action: 'role-changed',
    detail: `${member.attributionName}: ${role}`,
  });
  if (!done) throw new AppError('conflict', role === 'member' ? LAST_STEWARD : 'The membership changed meanwhile.');
  await projectShownChanged(deps, slug);
  const updated: MemberRecord = { ...member, role };
  return updated;
};

/**
 * Someone leaves (themselves) or is removed (by a steward). The last steward can neither leave
 * nor be removed: the steward counter's condition makes that exact even under concurrency.
 */
export const removeMember = async (
  deps: AppDeps,
  { viewer, slug, userId }: { viewer: Viewer; slug: string; userId: string },
) => {
  const leaving = userId === viewer.id;
  if (leaving) await requireMember(deps, slug, viewer);
  else await requireSteward(deps, slug, viewer);
  const member = await memberOrThrow(deps, slug, userId);
  const done = await deleteMember(deps, member, {
    at: deps.clock.now().toISOString(),
    actorName: viewer.attributionName,
    action: leaving ? 'left' : 'removed',
    detail: leaving ? undefined : member.attributionName,
  });
  if (!done)
    throw new AppError('conflict', member.role === 'steward' ? LAST_STEWARD : 'The membership changed meanwhile.');
  await projectShownChanged(deps, slug);
};
