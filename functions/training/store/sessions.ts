import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { PageKey } from '../../platform/cursor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { updateFields } from '../../platform/update-fields.ts';
import type { EditSession, RegistrationRecord, SessionRecord } from '../sessions-schema.ts';
import { instructorCheckItem } from './certifications.ts';
import { sessionSortKeys, trainingKeys, UPCOMING_SESSIONS } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** The session item: listed among the upcoming sessions while it is open. */
const sessionItem = (session: SessionRecord) => ({
  ...trainingKeys.session(session.id),
  ...(session.status === 'open' ? trainingKeys.upcomingSession(session.startsAt, session.id) : {}),
  ...session,
});

/** Transaction items: a new session, scheduled by an instructor of its module (checked in the write). */
export const scheduleSessionItems = (deps: Table, session: SessionRecord): TransactItem[] => [
  instructorCheckItem(deps, session.moduleId, session.createdBy),
  { Put: { TableName: deps.tableName, Item: sessionItem(session), ConditionExpression: 'attribute_not_exists(pk)' } },
];

/**
 * Transaction items: an open session changed by an instructor of its module. The seats never go
 * below the seats taken, and the deadline never after the start: both are conditions on the
 * item as it is when the write lands, so a registration racing the edit is counted.
 */
export const editSessionItems = (
  deps: Table,
  options: { sessionId: string; moduleId: string; instructorId: string; changes: EditSession; now: string },
): TransactItem[] => {
  const { changes } = options;
  const update = updateFields(
    {
      place: changes.place,
      seats: changes.seats,
      deadline: changes.deadline,
      updatedAt: options.now,
      ...(changes.minimum !== undefined && changes.minimum !== null ? { minimum: changes.minimum } : {}),
    },
    changes.minimum === null ? ['minimum'] : [],
  );
  const conditions = ['attribute_exists(pk)', '#status = :open', '#moduleId = :moduleId'];
  const values: Record<string, unknown> = { ...update.ExpressionAttributeValues, ':open': 'open' };
  if (changes.seats !== undefined) conditions.push('taken <= :seats');
  if (changes.deadline !== undefined) conditions.push('startsAt >= :deadline');
  return [
    instructorCheckItem(deps, options.moduleId, options.instructorId),
    {
      Update: {
        TableName: deps.tableName,
        Key: trainingKeys.session(options.sessionId),
        UpdateExpression: update.UpdateExpression,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#status': 'status', '#moduleId': 'moduleId' },
        ExpressionAttributeValues: { ...values, ':moduleId': options.moduleId },
      },
    },
  ];
};

/**
 * Transaction items: an open session called off, with the instructor's message. It leaves the
 * upcoming list; its registrations stay (the people are told, and read it in their list).
 */
export const cancelSessionItems = (
  deps: Table,
  options: { sessionId: string; moduleId: string; instructorId: string; message: string; now: string },
): TransactItem[] => [
  instructorCheckItem(deps, options.moduleId, options.instructorId),
  {
    Update: {
      TableName: deps.tableName,
      Key: trainingKeys.session(options.sessionId),
      UpdateExpression:
        'SET #status = :cancelled, cancelMessage = :message, cancelledAt = :now, updatedAt = :now REMOVE kindPk, kindSk',
      ConditionExpression: 'attribute_exists(pk) AND #status = :open AND #moduleId = :moduleId',
      ExpressionAttributeNames: { '#status': 'status', '#moduleId': 'moduleId' },
      ExpressionAttributeValues: {
        ':cancelled': 'cancelled',
        ':open': 'open',
        ':message': options.message,
        ':now': options.now,
        ':moduleId': options.moduleId,
      },
    },
  },
];

/** One session, as stored (strongly consistent: decisions and explanations of refusals read it). */
export const getSession = async ({ db, tableName }: Db, sessionId: string): Promise<SessionRecord | undefined> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: trainingKeys.session(sessionId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as SessionRecord) : undefined;
};

/**
 * A session and all its registrations in one Query (its item collection): the instructor's page,
 * a cancellation's recipients, the reminders.
 */
export const readSessionCollection = async (
  { db, tableName }: Db,
  sessionId: string,
): Promise<{ session?: SessionRecord; registrations: RegistrationRecord[] }> => {
  const items = await queryAll<Keyed<SessionRecord> | Keyed<RegistrationRecord>>(
    { db },
    {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': trainingKeys.sessionCollection(sessionId) },
      ...CONSISTENT_READ,
    },
  );
  // The collection holds the session and its registrations, told apart by their sort key.
  const session = items.find((item): item is Keyed<SessionRecord> => item.sk === sessionSortKeys.session);
  return {
    session: session ? withoutKeys(session) : undefined,
    registrations: items
      .filter((item): item is Keyed<RegistrationRecord> => item.sk.startsWith(sessionSortKeys.registrations))
      .map(withoutKeys),
  };
};

/**
 * Open sessions starting at or after `from` and before `until` (when given), soonest first: one
 * range Query on the upcoming list (the public list, the reminders' walk over tomorrow).
 */
export const listSessionsStarting = async (
  { db, tableName }: Db,
  options: { from: string; until?: string; limit: number; startKey?: PageKey },
): Promise<{ items: SessionRecord[]; lastKey?: PageKey }> => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: options.until
        ? 'kindPk = :kind AND kindSk BETWEEN :from AND :until'
        : 'kindPk = :kind AND kindSk >= :from',
      ExpressionAttributeValues: {
        ':kind': UPCOMING_SESSIONS,
        ':from': options.from,
        // `startsAt#id`: every key of an instant before `until` sorts before `until` itself.
        ...(options.until ? { ':until': options.until } : {}),
      },
      Limit: options.limit,
      ExclusiveStartKey: options.startKey,
    }),
  );
  return {
    items: (result.Items ?? []).map((item) => withoutKeys(item as SessionRecord)),
    lastKey: result.LastEvaluatedKey as PageKey | undefined,
  };
};
