import { transact } from '../../platform/transact.ts';
import type { ActivityRecord, MemberRecord, MemberRole, ProjectRecord } from '../schema.ts';
import { logLine } from './activity-log.ts';
import { collectionParts, projectKeys } from './keys.ts';
import { admission, countMembers, departure, memberItem, sameMember } from './member-items.ts';
import { projectItem } from './projects.ts';
import { type Db, getRecord, queryWholePart } from './reads.ts';

export const getMember = (deps: Db, slug: string, userId: string) =>
  getRecord<MemberRecord>(deps, projectKeys.member(slug, userId));

/** Every member of a project (a bounded set: one Query, paged through). */
export const listMembers = (deps: Db, slug: string) =>
  queryWholePart<MemberRecord>(deps, slug, collectionParts.members);

/** The stewards of a project: who runs it and hears about what waits for a decision. */
export const listStewards = async (deps: Db, slug: string) =>
  (await listMembers(deps, slug)).filter((member) => member.role === 'steward');

/** Someone joins an open project at once; false when they are already a member. */
export const admitMember = (deps: Db, member: MemberRecord, log: ActivityRecord) =>
  transact(deps, [...admission(deps.tableName, member), logLine(deps.tableName, member.slug, log)]);

/** Transaction item: a pending item (request, invitation) that must still be there, consumed. */
const consume = (tableName: string, key: { pk: string; sk: string }) => ({
  Delete: { TableName: tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' },
});

/** The invited person becomes a member, using up the invitation; false when it was already used. */
export const admitInvited = (deps: Db, member: MemberRecord, email: string, log: ActivityRecord) =>
  transact(deps, [
    consume(deps.tableName, projectKeys.invitation(member.slug, email)),
    ...admission(deps.tableName, member),
    logLine(deps.tableName, member.slug, log),
  ]);

/**
 * A steward accepts a request: the request goes and the membership comes in one transaction
 * conditioned on the request still existing, so two stewards accepting at once make exactly one
 * membership; false for the one who came second.
 */
export const acceptJoinRequest = (deps: Db, member: MemberRecord, log: ActivityRecord) =>
  transact(deps, [
    consume(deps.tableName, projectKeys.joinRequest(member.slug, member.userId)),
    ...admission(deps.tableName, member),
    logLine(deps.tableName, member.slug, log),
  ]);

/** A steward refuses a request; false when it was already answered. */
export const refuseJoinRequest = (deps: Db, slug: string, userId: string, log: ActivityRecord) =>
  transact(deps, [consume(deps.tableName, projectKeys.joinRequest(slug, userId)), logLine(deps.tableName, slug, log)]);

/**
 * Gives a member another role, if their role is still the one read; the steward counter's
 * condition refuses demoting the last steward. False when refused.
 */
export const saveMemberRole = (deps: Db, member: MemberRecord, role: MemberRole, log: ActivityRecord) =>
  transact(deps, [
    { Put: { TableName: deps.tableName, Item: memberItem({ ...member, role }), ...sameMember(member) } },
    countMembers(deps.tableName, member.slug, { members: 0, stewards: role === 'steward' ? 1 : -1 }),
    logLine(deps.tableName, member.slug, log),
  ]);

/** A member leaves or is removed, if their role is still the one read; never the last steward. */
export const deleteMember = (deps: Db, member: MemberRecord, log: ActivityRecord) =>
  transact(deps, [
    {
      Delete: { TableName: deps.tableName, Key: projectKeys.member(member.slug, member.userId), ...sameMember(member) },
    },
    countMembers(deps.tableName, member.slug, departure(member)),
    logLine(deps.tableName, member.slug, log),
  ]);

// Erasure: a person leaves every project; the project always keeps a steward, or is archived.

const removal = (tableName: string, member: MemberRecord) => ({
  Delete: { TableName: tableName, Key: projectKeys.member(member.slug, member.userId) },
});

/** The last steward goes; the heir becomes steward in the same transaction. */
export const handOverStewardship = (
  deps: Db,
  { leaving, heir, log }: { leaving: MemberRecord; heir: MemberRecord; log: ActivityRecord },
) =>
  transact(deps, [
    removal(deps.tableName, leaving),
    { Put: { TableName: deps.tableName, Item: memberItem({ ...heir, role: 'steward' }) } },
    countMembers(deps.tableName, leaving.slug, { members: -1, stewards: 0 }),
    logLine(deps.tableName, leaving.slug, log),
  ]);

/** The last member goes; the project stays, archived. */
export const archiveWithLastMember = (
  deps: Db,
  { leaving, archived, log }: { leaving: MemberRecord; archived: ProjectRecord; log: ActivityRecord },
) =>
  transact(deps, [
    removal(deps.tableName, leaving),
    { Put: { TableName: deps.tableName, Item: projectItem(archived) } },
    logLine(deps.tableName, leaving.slug, log),
  ]);

/** A member goes and others stay to run the project. */
export const dropMember = (deps: Db, leaving: MemberRecord) =>
  transact(deps, [removal(deps.tableName, leaving), countMembers(deps.tableName, leaving.slug, departure(leaving))]);
