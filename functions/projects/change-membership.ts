import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { activityEntry } from './activity.ts';
import { requireMember, requireSteward } from './project-access.ts';
import type { MemberRecord, MemberRole } from './schema.ts';
import { countMembers, getMember, memberItem, projectKeys, transact } from './store.ts';

const LAST_STEWARD = 'A project always keeps at least one steward: name another steward first, or archive the project.';

/** Transaction item: the member item, unchanged since it was read. */
const sameMember = (tableName: string, member: MemberRecord) => ({
  ConditionExpression: '#role = :role',
  ExpressionAttributeNames: { '#role': 'role' },
  ExpressionAttributeValues: { ':role': member.role },
  TableName: tableName,
});

/** A steward makes someone steward or member. Demoting the last steward is a 409. */
export const changeMemberRole = async (
  deps: AppDeps,
  { viewer, slug, userId, role }: { viewer: Viewer; slug: string; userId: string; role: MemberRole },
) => {
  await requireSteward(deps, slug, viewer);
  const member = await getMember(deps, slug, userId);
  if (!member) throw new AppError('not-found', 'This person is not a member.');
  if (member.role === role) return member;
  const now = deps.clock.now().toISOString();
  const updated: MemberRecord = { ...member, role };
  const done = await transact(deps, [
    { Put: { ...sameMember(deps.tableName, member), Item: memberItem(updated) } },
    countMembers(deps.tableName, slug, { members: 0, stewards: role === 'steward' ? 1 : -1 }),
    activityEntry(deps.tableName, slug, {
      at: now,
      actorName: viewer.attributionName,
      action: 'role-changed',
      detail: `${member.attributionName}: ${role}`,
    }),
  ]);
  if (!done) throw new AppError('conflict', role === 'member' ? LAST_STEWARD : 'The membership changed meanwhile.');
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
  const member = await getMember(deps, slug, userId);
  if (!member) throw new AppError('not-found', 'This person is not a member.');
  const now = deps.clock.now().toISOString();
  const done = await transact(deps, [
    { Delete: { ...sameMember(deps.tableName, member), Key: projectKeys.member(slug, userId) } },
    countMembers(deps.tableName, slug, { members: -1, stewards: member.role === 'steward' ? -1 : 0 }),
    activityEntry(deps.tableName, slug, {
      at: now,
      actorName: viewer.attributionName,
      action: leaving ? 'left' : 'removed',
      detail: leaving ? undefined : member.attributionName,
    }),
  ]);
  if (!done)
    throw new AppError('conflict', member.role === 'steward' ? LAST_STEWARD : 'The membership changed meanwhile.');
};
