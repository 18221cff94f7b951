import { gunzipSync, gzipSync } from 'node:zlib';
import { GetCommand, QueryCommand, type QueryCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { withoutKeys } from '../platform/item-keys.ts';
import { queryAll } from '../platform/query-all.ts';
import { type TransactItem, transact } from '../platform/transact.ts';

export { type TransactItem, transact };

import type { MemberRecord, ProjectRecord, ProjectSummary } from './schema.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * Key formats of projects; the only place that knows them. A project is one item collection:
 * `P#…` items are what its public page shows (one Query), `J#` its journal, `L#` its activity
 * log, `X#…` private items (join requests, invitations, followers, flags).
 */
export const projectKeys = {
  collection: (slug: string) => `PROJECT#${slug}`,
  project: (slug: string) => ({ pk: `PROJECT#${slug}`, sk: 'P#PROJECT' }),
  member: (slug: string, userId: string) => ({ pk: `PROJECT#${slug}`, sk: `P#MEMBER#${userId}` }),
  media: (slug: string, mediaId: string) => ({ pk: `PROJECT#${slug}`, sk: `P#MEDIA#${mediaId}` }),
  post: (slug: string, createdAt: string, postId: string) => ({
    pk: `PROJECT#${slug}`,
    sk: `J#${createdAt}#${postId}`,
  }),
  activity: (slug: string, at: string, id: string) => ({ pk: `PROJECT#${slug}`, sk: `L#${at}#${id}` }),
  joinRequest: (slug: string, userId: string) => ({ pk: `PROJECT#${slug}`, sk: `X#REQUEST#${userId}` }),
  invitation: (slug: string, email: string) => ({ pk: `PROJECT#${slug}`, sk: `X#INVITE#${email}` }),
  follower: (slug: string, userId: string) => ({ pk: `PROJECT#${slug}`, sk: `X#FOLLOWER#${userId}` }),
  flag: (slug: string, flaggerKey: string) => ({ pk: `PROJECT#${slug}`, sk: `X#FLAG#${flaggerKey}` }),
  /** byOwner: what a person does in projects (memberships, requests, posts, follows). */
  ofPerson: (userId: string, what: 'MEMBERSHIP' | 'REQUEST' | 'POST' | 'FOLLOW', rest: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `PROJECT_${what}#${rest}`,
  }),
  /** byKind: public projects (the daily full rebuild of the search index walks it). */
  publicListing: (slug: string) => ({ kindPk: 'PROJECTS#public', kindSk: slug }),
  /** byKind: journal posts of the last days, for the followers' digest. */
  recentPost: (createdAt: string, slug: string, postId: string) => ({
    kindPk: 'JOURNAL',
    kindSk: `${createdAt}#${slug}#${postId}`,
  }),
  /** byKind: the moderation queue shared with media. */
  moderationListing: (at: string, slug: string) => ({ kindPk: 'MODERATION', kindSk: `${at}#project#${slug}` }),
  /** One-click unsubscribe links resolve through this (the token is stored hashed). */
  unsubscribe: (tokenHash: string) => ({ pk: `UNSUBSCRIBE#${tokenHash}`, sk: 'UNSUBSCRIBE' }),
  /** The compact search index of public projects: one item. */
  searchIndex: () => ({ pk: 'INDEX', sk: 'PROJECTS' }),
};

export const isListedPublicly = (project: ProjectRecord) => project.visibility === 'public' && !project.hidden;

/** The stored item of a project: the record plus the index keys its state puts it under. */
export const projectItem = (project: ProjectRecord) => ({
  ...withoutKeys(project),
  ...projectKeys.project(project.slug),
  ...(isListedPublicly(project) ? projectKeys.publicListing(project.slug) : {}),
  ...(project.openFlags > 0
    ? projectKeys.moderationListing(project.hidden?.at ?? project.updatedAt, project.slug)
    : {}),
});

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
export const admitMember = (tableName: string, member: MemberRecord): TransactItem[] => [
  { Put: { TableName: tableName, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
  countMembers(tableName, member.slug, { members: 1, stewards: 0 }),
];

export const getProject = async ({ db, tableName }: Db, slug: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: projectKeys.project(slug) }))).Item as
    | ProjectRecord
    | undefined;

export const getMember = async ({ db, tableName }: Db, slug: string, userId: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: projectKeys.member(slug, userId) }))).Item as
    | MemberRecord
    | undefined;

export const getItem = async <T>({ db, tableName }: Db, key: { pk: string; sk: string }) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: key }))).Item as T | undefined;

/**
 * The project's public page in one Query: the project, its members and its media library
 * (all `P#` items of the collection).
 */
export const getProjectPage = (deps: Db, slug: string) =>
  queryAll(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
    ExpressionAttributeValues: { ':pk': projectKeys.collection(slug), ':p': 'P#' },
  });

/** A page of one part of a collection (journal `J#`, activity `L#`, private `X#…`), newest first. */
export const queryCollection = async (
  { db, tableName }: Db,
  slug: string,
  prefix: string,
  page: { limit?: number; startKey?: PageKey; oldestFirst?: boolean } = {},
) => {
  const input: QueryCommandInput = {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': projectKeys.collection(slug), ':prefix': prefix },
    ScanIndexForward: Boolean(page.oldestFirst),
    Limit: page.limit,
    ExclusiveStartKey: page.startKey,
  };
  const result = await db.send(new QueryCommand(input));
  return { items: result.Items ?? [], lastKey: result.LastEvaluatedKey as PageKey | undefined };
};

/** Every item of one kind a person has in projects (byOwner). */
export const listOfPerson = (deps: Db, userId: string, what: 'MEMBERSHIP' | 'REQUEST' | 'POST' | 'FOLLOW') =>
  queryAll(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': `USER#${userId}`, ':prefix': `PROJECT_${what}#` },
  });

/** Journal posts created since `since` across projects (byKind JOURNAL), for the digest. */
export const listPostsSince = (deps: Db, since: string) =>
  queryAll(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :kind AND kindSk > :since',
    ExpressionAttributeValues: { ':kind': 'JOURNAL', ':since': since },
  });

// The compact search index: every public project's summary in one gzipped item.

export interface SearchIndex {
  version: number;
  entries: Record<string, ProjectSummary>;
}

export const readSearchIndex = async ({ db, tableName }: Db): Promise<SearchIndex> => {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: projectKeys.searchIndex() }));
  if (!Item) return { version: 0, entries: {} };
  return { version: Item.version as number, entries: JSON.parse(gunzipSync(Item.data as Uint8Array).toString('utf8')) };
};

/** Saves the index if nobody saved another version meanwhile; false otherwise (re-read, retry). */
export const writeSearchIndex = async ({ db, tableName }: Db, index: SearchIndex): Promise<boolean> => {
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...projectKeys.searchIndex(),
                version: index.version + 1,
                data: gzipSync(JSON.stringify(index.entries)),
              },
              ConditionExpression: 'attribute_not_exists(pk) OR version = :version',
              ExpressionAttributeValues: { ':version': index.version },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') return false;
    throw error;
  }
};
