import { withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { MemberRecord } from '../schema.ts';
import { projectKeys } from './keys.ts';

export const memberItem = (member: MemberRecord) => ({
  ...withoutKeys(member),
  ...projectKeys.member(member.slug, member.userId),
  ...projectKeys.ofPerson(member.userId, 'MEMBERSHIP', member.slug),
});

/**
 * Transaction item: move the member and steward counters (and the revision). A change that
 * would leave no steward fails its condition: the project always keeps one (peer governance).
 */
export const countMembers = (
  tableName: string,
  slug: string,
  delta: { members: number; stewards: number },
): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: projectKeys.project(slug),
    UpdateExpression: 'ADD memberCount :members, stewardCount :stewards, revision :one',
    ConditionExpression: delta.stewards < 0 ? 'stewardCount > :lastOne' : 'attribute_exists(pk)',
    ExpressionAttributeValues: {
      ':members': delta.members,
      ':stewards': delta.stewards,
      ':one': 1,
      ...(delta.stewards < 0 ? { ':lastOne': -delta.stewards } : {}),
    },
  },
});

/** Transaction items: a new member (once only) and the member counter that goes with it. */
export const admission = (tableName: string, member: MemberRecord): TransactItem[] => [
  { Put: { TableName: tableName, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
  countMembers(tableName, member.slug, { members: 1, stewards: 0 }),
];

/** Conditions on the member item: it is still as it was read (same role). */
export const sameMember = (member: MemberRecord) => ({
  ConditionExpression: '#role = :role',
  ExpressionAttributeNames: { '#role': 'role' },
  ExpressionAttributeValues: { ':role': member.role },
});

/** Counter change when a member leaves: one member less, and one steward less if they were one. */
export const departure = (member: MemberRecord) => ({
  members: -1,
  stewards: member.role === 'steward' ? -1 : 0,
});
