import { hashToken } from '../../platform/tokens.ts';
import { transact } from '../../platform/transact.ts';
import type { FollowerRecord } from '../schema.ts';
import { collectionParts, projectKeys } from './keys.ts';
import { type Db, getRecord, queryWholePart } from './reads.ts';

/** Where a one-click unsubscribe link leads: the follow it ends. */
interface UnsubscribeLink {
  slug: string;
  userId: string;
}

/** A new follower and the link that unsubscribes them (found by the token's hash); false if already following. */
export const addFollower = (deps: Db, follower: FollowerRecord) =>
  transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.follower(follower.slug, follower.userId),
          ...projectKeys.ofPerson(follower.userId, 'FOLLOW', follower.slug),
          ...follower,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.unsubscribe(hashToken(follower.unsubscribeToken)),
          slug: follower.slug,
          userId: follower.userId,
        },
      },
    },
  ]);

export const getFollower = (deps: Db, slug: string, userId: string) =>
  getRecord<FollowerRecord>(deps, projectKeys.follower(slug, userId));

/** Everyone following a project (for the digest). */
export const listFollowers = (deps: Db, slug: string) =>
  queryWholePart<FollowerRecord>(deps, slug, collectionParts.followers);

/** The follow an unsubscribe token ends, if the token is one we gave out and it is still in use. */
export const findUnsubscribeLink = (deps: Db, token: string) =>
  getRecord<UnsubscribeLink>(deps, projectKeys.unsubscribe(hashToken(token)));

/** The follower goes, and their unsubscribe link with them. */
export const removeFollower = async (deps: Db, follower: FollowerRecord) => {
  await transact(deps, [
    { Delete: { TableName: deps.tableName, Key: projectKeys.follower(follower.slug, follower.userId) } },
    { Delete: { TableName: deps.tableName, Key: projectKeys.unsubscribe(hashToken(follower.unsubscribeToken)) } },
  ]);
};
