import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf, writeIfReturning } from './conditional.ts';
import type { AppDeps } from './deps.ts';
import { withoutKeys } from './item-keys.ts';
import type { TransactItem } from './transact.ts';
import type { WorkRecord, WorkRef } from './work.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** What a request asks (the handler reads `input`) and when. */
interface WorkRequest {
  input: Record<string, unknown>;
  at: string;
}

/**
 * Work items' store: one item per (kind, id), listed on byKind while pending so the daily job can
 * start again what stopped. Nothing else reads or writes `WORK#` items.
 */
const workKey = ({ kind, id }: WorkRef) => ({ pk: `WORK#${kind}#${id}`, sk: 'WORK' });
const PENDING_LISTING = 'WORK#pending';

/** A finished item stays a while (what was done, for an inquiry), then DynamoDB deletes it. */
const DONE_KEPT_SECONDS = 30 * 24 * 60 * 60;

/**
 * Records that `ref` must be done: a new item, or an existing one opened again (a medium hidden,
 * restored, hidden again) with its version counted up, so a run that started before this request
 * cannot close it. The progress of an unfinished item is kept: the work goes on from there.
 */
const workRequest = (tableName: string, ref: WorkRef, { input, at }: WorkRequest) => ({
  TableName: tableName,
  Key: workKey(ref),
  UpdateExpression:
    'SET #kind = :kind, #id = :id, #state = :pending, #input = :input, requestedAt = :at, ' +
    'kindPk = :listing, kindSk = :listed, progress = if_not_exists(progress, :nothing), ' +
    '#steps = if_not_exists(#steps, :zero) ADD version :one REMOVE expiresAt',
  ExpressionAttributeNames: { '#kind': 'kind', '#id': 'id', '#state': 'state', '#input': 'input', '#steps': 'steps' },
  ExpressionAttributeValues: {
    ':kind': ref.kind,
    ':id': ref.id,
    ':pending': 'pending',
    ':input': input,
    ':at': at,
    ':listing': PENDING_LISTING,
    ':listed': `${at}#${ref.kind}#${ref.id}`,
    ':nothing': {},
    ':zero': 0,
    ':one': 1,
  },
});

/** The request as a transaction item, so the intent lands together with the change that calls for it. */
export const workRequestItem = (
  { tableName }: Pick<Db, 'tableName'>,
  ref: WorkRef,
  request: WorkRequest,
): TransactItem => ({
  Update: workRequest(tableName, ref, request),
});

/** `workRequestItem` on its own. */
export const recordWork = async ({ db, tableName }: Db, ref: WorkRef, request: WorkRequest): Promise<void> => {
  await db.send(new UpdateCommand(workRequest(tableName, ref, request)));
};

/** The item as it is now (a strongly consistent read: the run decides from it). */
export const getWork = async ({ db, tableName }: Db, ref: WorkRef): Promise<WorkRecord | undefined> => {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: workKey(ref), ConsistentRead: true }));
  return Item && (withoutKeys(Item) as WorkRecord);
};

/**
 * Takes a pending item for one run, until `until` (epoch ms): refused while another run holds it,
 * so the daily job's restart and a continuation never work on the same item at once. A run that
 * died keeps its lease only until it expires.
 */
export const leaseWork = async (
  { db, tableName }: Db,
  ref: WorkRef,
  { now, until }: { now: number; until: number },
): Promise<WorkRecord | undefined> => {
  const result = await writeIfReturning(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: workKey(ref),
        UpdateExpression: 'SET leasedUntil = :until',
        ConditionExpression: '#state = :pending AND (attribute_not_exists(leasedUntil) OR leasedUntil < :now)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':pending': 'pending', ':now': now, ':until': until },
        ReturnValues: 'ALL_NEW',
      }),
    ),
  );
  return result?.Attributes && (withoutKeys(result.Attributes) as WorkRecord);
};

/** Saves a step's progress over the version it started from; false when a request came meanwhile. */
export const saveWorkProgress = ({ db, tableName }: Db, work: WorkRecord, progress: Record<string, unknown>) =>
  writeIf(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: workKey(work),
        UpdateExpression: 'SET progress = :progress ADD #steps :one',
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#steps': 'steps' },
        ExpressionAttributeValues: { ':progress': progress, ':one': 1, ':version': work.version },
      }),
    ),
  );

/**
 * Marks the item done and off the pending listing, its lease released; refused (false) when a
 * request opened it again meanwhile: then it is not done, the run goes on.
 */
export const closeWork = ({ db, tableName }: Db, work: WorkRecord, at: string) =>
  writeIf(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: workKey(work),
        UpdateExpression:
          'SET #state = :done, doneAt = :at, progress = :nothing, expiresAt = :expiresAt ADD #steps :one ' +
          'REMOVE kindPk, kindSk, leasedUntil',
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#state': 'state', '#steps': 'steps' },
        ExpressionAttributeValues: {
          ':done': 'done',
          ':at': at,
          ':nothing': {},
          ':expiresAt': Math.floor(Date.parse(at) / 1000) + DONE_KEPT_SECONDS,
          ':one': 1,
          ':version': work.version,
        },
      }),
    ),
  );

/** Ends a run's lease, so the next run (a continuation, the daily job) may take the item at once. */
export const releaseWork = async ({ db, tableName }: Db, ref: WorkRef): Promise<void> => {
  await writeIf(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: workKey(ref),
        UpdateExpression: 'REMOVE leasedUntil',
        ConditionExpression: 'attribute_exists(pk)',
      }),
    ),
  );
};

/**
 * Items still pending that were requested before `before` (ISO), oldest first: those whose runs
 * should have finished long ago (the daily job starts them again).
 */
export const listPendingRequestedBefore = async (
  { db, tableName }: Db,
  { before, limit }: { before: string; limit: number },
): Promise<WorkRef[]> => {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :listing AND kindSk < :before',
      ExpressionAttributeNames: { '#kind': 'kind', '#id': 'id' },
      ExpressionAttributeValues: { ':listing': PENDING_LISTING, ':before': before },
      ProjectionExpression: '#kind, #id',
      Limit: limit,
    }),
  );
  return (Items ?? []) as WorkRef[];
};
