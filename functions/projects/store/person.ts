import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { FollowerRecord, JoinRequestRecord, MemberRecord, PostRecord } from '../schema.ts';
import { ownerPkOf, type PersonPart, personPrefix } from './keys.ts';
import type { Db } from './reads.ts';

/** Every item of one kind a person has in projects (byOwner), keys included. */
export const personItems = (deps: Db, userId: string, what: PersonPart) =>
  queryAll(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': ownerPkOf(userId), ':prefix': personPrefix(what) },
  });

/** The same, as records. */
const listOfPerson = async <T extends object>(deps: Db, userId: string, what: PersonPart): Promise<T[]> =>
  (await personItems(deps, userId, what)).map((item) => withoutKeys(item as T));

/** The projects a person is a member of, with their role in each. */
export const listMembershipsOf = (deps: Db, userId: string) => listOfPerson<MemberRecord>(deps, userId, 'MEMBERSHIP');

export const joinRequestsOf = (deps: Db, userId: string) => listOfPerson<JoinRequestRecord>(deps, userId, 'REQUEST');

export const postsOf = (deps: Db, userId: string) => listOfPerson<PostRecord>(deps, userId, 'POST');

export const followsOf = (deps: Db, userId: string) => listOfPerson<FollowerRecord>(deps, userId, 'FOLLOW');
