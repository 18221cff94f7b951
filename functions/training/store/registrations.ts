import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { RegistrationRecord } from '../sessions-schema.ts';
import { trainingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * A registration item: in the session's collection, in the person's list (byOwner, by the
 * session's start) and, while waiting, in the session's waiting list (byKind, by arrival).
 */
const registrationItem = (registration: RegistrationRecord) => ({
  ...trainingKeys.registration(registration.sessionId, registration.userId),
  ...trainingKeys.registrationOf(registration.userId, registration.startsAt, registration.sessionId),
  ...(registration.status === 'waiting' && registration.waitingSince
    ? trainingKeys.waiting(registration.sessionId, registration.waitingSince, registration.userId)
    : {}),
  ...registration,
});

/** One registration per person and session: registering twice is refused by the write itself. */
const putNewRegistration = (deps: Table, registration: RegistrationRecord): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: registrationItem(registration),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

const sessionUpdate = (
  deps: Table,
  sessionId: string,
  update: { expression: string; condition: string; values: Record<string, unknown> },
): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: trainingKeys.session(sessionId),
    UpdateExpression: update.expression,
    ConditionExpression: `attribute_exists(pk) AND ${update.condition}`,
    // DynamoDB refuses a name placeholder the expressions do not use.
    ...(`${update.expression} ${update.condition}`.includes('#status')
      ? { ExpressionAttributeNames: { '#status': 'status' } }
      : {}),
    ExpressionAttributeValues: update.values,
  },
});

/** The session takes registrations: open, and its deadline not passed when the write lands. */
const TAKES_REGISTRATIONS = '#status = :open AND deadline > :now';

/**
 * Transaction items: a seat taken. The counter goes up only while a seat is free, the session
 * open and its deadline ahead, and only with this person's one registration: fifty people racing
 * for the last seat make exactly one registration, and an edit lowering the seats or a
 * cancellation landing first refuses the registration whole.
 */
export const registerItems = (deps: Table, registration: RegistrationRecord, now: string): TransactItem[] => [
  sessionUpdate(deps, registration.sessionId, {
    expression: 'SET taken = taken + :one',
    condition: `taken < seats AND ${TAKES_REGISTRATIONS}`,
    values: { ':one': 1, ':open': 'open', ':now': now },
  }),
  putNewRegistration(deps, { ...registration, status: 'registered' }),
];

/**
 * Transaction items: a place on the waiting list, only while the session is full (a seat freed
 * meanwhile is to be taken instead).
 */
export const joinWaitlistItems = (deps: Table, registration: RegistrationRecord, now: string): TransactItem[] => [
  sessionUpdate(deps, registration.sessionId, {
    expression: 'SET waiting = waiting + :one',
    condition: `taken >= seats AND ${TAKES_REGISTRATIONS}`,
    values: { ':one': 1, ':open': 'open', ':now': now },
  }),
  putNewRegistration(deps, { ...registration, status: 'waiting' }),
];

const deleteRegistration = (deps: Table, registration: RegistrationRecord): TransactItem => ({
  Delete: {
    TableName: deps.tableName,
    Key: trainingKeys.registration(registration.sessionId, registration.userId),
    ConditionExpression: '#status = :was',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':was': registration.status },
  },
});

/** The head of the waiting list takes a seat: only if they are still waiting. */
const promote = (deps: Table, head: RegistrationRecord, now: string): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: trainingKeys.registration(head.sessionId, head.userId),
    UpdateExpression: 'SET #status = :registered, promotedAt = :now REMOVE kindPk, kindSk',
    ConditionExpression: '#status = :waiting',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':registered': 'registered', ':waiting': 'waiting', ':now': now },
  },
});

/**
 * Transaction items: a registration given up. A seat given up goes to `head`, the first person
 * waiting (the seat count unchanged), or is freed when nobody waits — conditioned on nobody
 * waiting, so a person joining the list meanwhile makes the caller read the list again rather
 * than wait beside a free seat. A place on the waiting list given up shortens it.
 */
export const giveUpItems = (
  deps: Table,
  options: { registration: RegistrationRecord; head?: RegistrationRecord; now: string },
): TransactItem[] => {
  const { registration, head } = options;
  const mine = deleteRegistration(deps, registration);
  if (registration.status === 'waiting') {
    return [
      mine,
      sessionUpdate(deps, registration.sessionId, {
        expression: 'SET waiting = waiting - :one',
        condition: 'waiting > :zero',
        values: { ':one': 1, ':zero': 0 },
      }),
    ];
  }
  if (head) {
    return [
      mine,
      promote(deps, head, options.now),
      sessionUpdate(deps, registration.sessionId, {
        expression: 'SET waiting = waiting - :one',
        condition: 'waiting > :zero',
        values: { ':one': 1, ':zero': 0 },
      }),
    ];
  }
  return [
    mine,
    sessionUpdate(deps, registration.sessionId, {
      expression: 'SET taken = taken - :one',
      condition: 'taken > :zero AND waiting = :zero',
      values: { ':one': 1, ':zero': 0 },
    }),
  ];
};

/** Transaction items: a seat that became free (more seats) goes to the head of the waiting list. */
export const promoteToFreeSeatItems = (deps: Table, head: RegistrationRecord, now: string): TransactItem[] => [
  promote(deps, head, now),
  sessionUpdate(deps, head.sessionId, {
    expression: 'SET taken = taken + :one, waiting = waiting - :one',
    condition: 'taken < seats AND waiting > :zero AND #status = :open',
    values: { ':one': 1, ':zero': 0, ':open': 'open' },
  }),
];

/** Transaction item: a registration of a session that was called off, or is over, removed (no seat to count). */
export const removeRegistrationItem = (deps: Table, registration: RegistrationRecord): TransactItem => ({
  Delete: {
    TableName: deps.tableName,
    Key: trainingKeys.registration(registration.sessionId, registration.userId),
    ConditionExpression: 'attribute_exists(pk)',
  },
});

/**
 * Transaction item: an instructor marks (or unmarks) a registered person as present. Only a
 * person holding a seat can have attended; conditioned on the mark as read (`was`).
 */
export const markAttendanceItem = (
  deps: Table,
  options: { sessionId: string; userId: string; attended: boolean; was: boolean; by: string; now: string },
): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: trainingKeys.registration(options.sessionId, options.userId),
    UpdateExpression: 'SET attended = :attended, attendanceMarkedAt = :now, attendanceMarkedBy = :by',
    // As read: two instructors marking at once make one change of what the attendance earns.
    ConditionExpression: options.was
      ? '#status = :registered AND attended = :true'
      : '#status = :registered AND (attribute_not_exists(attended) OR attended = :false)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':attended': options.attended,
      ':now': options.now,
      ':by': options.by,
      ':registered': 'registered',
      ...(options.was ? { ':true': true } : { ':false': false }),
    },
  },
});

/** One person's registration for one session, as stored (strongly consistent). */
export const getRegistration = async (
  { db, tableName }: Db,
  sessionId: string,
  userId: string,
): Promise<RegistrationRecord | undefined> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: trainingKeys.registration(sessionId, userId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as RegistrationRecord) : undefined;
};

/**
 * The first people on a session's waiting list, in arrival order. Read from an index (it may lag
 * a moment): the caller re-reads each from the table and the promotion is conditioned on
 * their still waiting.
 */
export const firstWaiting = async ({ db, tableName }: Db, sessionId: string, count: number) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind',
      ExpressionAttributeValues: { ':kind': trainingKeys.waiting(sessionId, '', '').kindPk },
      ScanIndexForward: true,
      Limit: count,
    }),
  );
  return (result.Items ?? []).map((item) => withoutKeys(item as RegistrationRecord));
};

/** A person's registrations, by session start (My training, export, erasure). */
export const registrationsOf = async (deps: Db, userId: string): Promise<RegistrationRecord[]> => {
  const { ownerPk, ownerSk } = trainingKeys.registrationOf(userId, '', '');
  const items = await queryAll<RegistrationRecord>(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': ownerPk, ':prefix': ownerSk.replace(/#+$/, '#') },
  });
  return items.map(withoutKeys);
};
