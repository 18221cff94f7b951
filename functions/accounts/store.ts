import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf, writeIfReturning } from '../platform/conditional.ts';
import { CONSISTENT_READ } from '../platform/consistent-read.ts';
import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { queryAll } from '../platform/query-all.ts';
import { queryByKind } from '../platform/query-by-kind.ts';
import { transact } from '../platform/transact.ts';
import { updateFields } from '../platform/update-fields.ts';
import type { Language, UserRecord } from './schema.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** Key formats of accounts; the only place that knows them. */
export const accountKeys = {
  user: (id: string) => ({ pk: `USER#${id}`, sk: 'PROFILE' }),
  /** byKind: every user, oldest first (the admin list). */
  userListing: (createdAt: string, id: string) => ({ kindPk: USER_LISTING, kindSk: `${createdAt}#${id}` }),
  /** One item per address: makes e-mails unique and resolves one to its user. */
  email: (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' }),
  signInToken: (tokenHash: string) => ({ pk: `SIGNIN#${tokenHash}`, sk: 'SIGNIN' }),
  session: (sessionHash: string) => ({ pk: `SESSION#${sessionHash}`, sk: 'SESSION' }),
  /** byOwner: a user's sessions, so they can all be ended at once. */
  sessionOfUser: (userId: string, createdAt: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `${SESSIONS_OF_USER}${createdAt}`,
  }),
};

/** Where a user's sessions start among their items on byOwner. */
const SESSIONS_OF_USER = 'SESSION#';
const USER_LISTING = 'USERS';

export interface SignInTokenRecord {
  email: string;
  next?: string;
  /** Language of the page that asked; a new account starts in it. */
  language: Language;
  createdAt: string;
  /** Milliseconds: checked in the conditional write (TTL deletion is lazy). */
  validUntil: number;
}

export interface SessionRecord {
  sessionHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  /** Milliseconds; the absolute limit no activity extends. */
  absoluteExpiry: number;
  userAgent?: string;
  /** The user's session generation when it started (see `UserRecord.sessionGeneration`). */
  generation?: number;
}

// Users

export const getUser = async ({ db, tableName }: Db, id: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: accountKeys.user(id), ...CONSISTENT_READ }))).Item as
    | UserRecord
    | undefined;

export const getUserIdByEmail = async ({ db, tableName }: Db, email: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: accountKeys.email(email), ...CONSISTENT_READ }))).Item
    ?.userId as string | undefined;

/** Creates the user and claims the address in one transaction; false if the address was taken meanwhile. */
export const createUser = async ({ db, tableName }: Db, user: UserRecord): Promise<boolean> => {
  return transact({ db }, [
    {
      Put: {
        TableName: tableName,
        Item: { ...accountKeys.email(user.email), userId: user.id },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: { ...accountKeys.user(user.id), ...accountKeys.userListing(user.createdAt, user.id), ...user },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ]);
};

/** Sets the given fields of an existing user; returns the updated record. */
export const updateUser = async ({ db, tableName }: Db, id: string, fields: Partial<UserRecord>) => {
  const { Attributes } = await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: accountKeys.user(id),
      ...updateFields(fields),
      ConditionExpression: 'attribute_exists(pk)',
      ReturnValues: 'ALL_NEW',
    }),
  );
  return Attributes as UserRecord;
};

/** Every session started so far ends (see `UserRecord.sessionGeneration`); false when there is no such user. */
export const advanceSessionGeneration = ({ db, tableName }: Db, id: string) =>
  writeIf(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: accountKeys.user(id),
        UpdateExpression: 'ADD sessionGeneration :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    ),
  );

/** Removes the user and their address claim. */
export const deleteUser = async ({ db, tableName }: Db, user: Pick<UserRecord, 'id' | 'email'>) => {
  await db.send(
    new TransactWriteCommand({
      TransactItems: [
        { Delete: { TableName: tableName, Key: accountKeys.email(user.email) } },
        { Delete: { TableName: tableName, Key: accountKeys.user(user.id) } },
      ],
    }),
  );
};

export const listUsers = (deps: Db, page: { limit: number; startKey?: PageKey }) =>
  queryByKind<UserRecord>(deps, {
    kindPk: USER_LISTING,
    fields: [
      'id',
      'email',
      'displayName',
      'attributionName',
      'bio',
      'neighbourhood',
      'language',
      'publicProfile',
      'admin',
      'staffOf',
      'status',
      'suspendedReason',
      'createdAt',
      'updatedAt',
    ],
    oldestFirst: true,
    ...page,
  });

// Sign-in tokens

export const putSignInToken = async ({ db, tableName }: Db, tokenHash: string, token: SignInTokenRecord) => {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...accountKeys.signInToken(tokenHash), ...token, expiresAt: Math.ceil(token.validUntil / 1000) + 3600 },
    }),
  );
};

/**
 * Marks a token used if it exists, is unused and still valid — one conditional write, so of two
 * concurrent clicks exactly one gets the token back.
 */
export const consumeSignInToken = async ({ db, tableName }: Db, tokenHash: string, now: Date) =>
  (
    await writeIfReturning(
      db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: accountKeys.signInToken(tokenHash),
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND validUntil > :nowMs',
          ExpressionAttributeValues: { ':now': now.toISOString(), ':nowMs': now.getTime() },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    )
  )?.Attributes as SignInTokenRecord | undefined;

// Sessions

export const putSession = async ({ db, tableName }: Db, session: SessionRecord, expiresAtSeconds: number) => {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...accountKeys.session(session.sessionHash),
        ...accountKeys.sessionOfUser(session.userId, session.createdAt),
        ...session,
        expiresAt: expiresAtSeconds,
      },
    }),
  );
};

export const getSession = async ({ db, tableName }: Db, sessionHash: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: accountKeys.session(sessionHash), ...CONSISTENT_READ })))
    .Item as (SessionRecord & { expiresAt: number }) | undefined;

/** Extends a session's idle limit; false when it ended meanwhile (sign-out elsewhere): nothing to extend. */
export const touchSession = ({ db, tableName }: Db, sessionHash: string, lastSeenAt: string, expiresAt: number) =>
  writeIf(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: accountKeys.session(sessionHash),
        UpdateExpression: 'SET lastSeenAt = :seen, expiresAt = :exp',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':seen': lastSeenAt, ':exp': expiresAt },
      }),
    ),
  );

export const deleteSession = async ({ db, tableName }: Db, sessionHash: string) => {
  await db.send(new DeleteCommand({ TableName: tableName, Key: accountKeys.session(sessionHash) }));
};

/** Every session of a user (byOwner index, SESSION# items). */
export const listSessionsOfUser = (deps: Db, userId: string): Promise<SessionRecord[]> =>
  queryAll<SessionRecord>(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': accountKeys.sessionOfUser(userId, '').ownerPk, ':prefix': SESSIONS_OF_USER },
  });
