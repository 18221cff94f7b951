import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../platform/consistent-read.ts';
import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { queryAll } from '../platform/query-all.ts';
import type { ReportSeen } from '../platform/reportable.ts';
import type { TransactItem } from '../platform/transact.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * Key formats of moderation; the only place that knows them. An item's reports and its queue
 * entry live in the item's own collection (its partition key, given by its feature's adapter),
 * as private `X#` items: deleting the item's collection deletes them too.
 */
const QUEUE = 'MODERATION';

export const moderationKeys = {
  /** One report per person (or network) and item, kept after review: nobody reports an item twice. */
  report: (collection: string, reporterKey: string) => ({ pk: collection, sk: `X#FLAG#${reporterKey}` }),
  reportPrefix: 'X#FLAG#',
  /** The item's entry in the one moderation queue, while it has open reports. */
  queueEntry: (collection: string) => ({ pk: collection, sk: 'X#MODERATION' }),
  /** byKind: the queue, oldest first report first, every kind together. */
  queueListing: (firstReportAt: string, kind: string, id: string) => ({
    kindPk: QUEUE,
    kindSk: `${firstReportAt}#${kind}#${id}`,
  }),
};

export interface ReportRecord extends ReportSeen {
  reporterKey: string;
  /** Set when a review closed the report; the record stays so that its author cannot report again. */
  reviewedAt?: string;
}

export interface QueueEntry {
  kind: string;
  id: string;
  /** Open reports counted on this entry (compared by a review, so none slips in unseen). */
  reports?: number;
}

/** Transaction item: a person's report on an item, once ever (a reviewed report still counts as made). */
export const newReport = (
  { tableName }: Pick<Db, 'tableName'>,
  collection: string,
  report: Omit<ReportRecord, 'reviewedAt'>,
): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...moderationKeys.report(collection, report.reporterKey), ...report },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** Transaction item: the item is in the queue (from its first open report on) and counts one more report. */
export const enqueue = (
  { tableName }: Pick<Db, 'tableName'>,
  collection: string,
  { kind, id, at }: { kind: string; id: string; at: string },
): TransactItem => {
  const { kindPk, kindSk } = moderationKeys.queueListing(at, kind, id);
  return {
    Update: {
      TableName: tableName,
      Key: moderationKeys.queueEntry(collection),
      UpdateExpression:
        'SET kindPk = :kindPk, kindSk = if_not_exists(kindSk, :kindSk), #kind = :kind, #id = :id ADD #reports :one',
      // Placeholders for every name: some words are reserved in expressions.
      ExpressionAttributeNames: { '#kind': 'kind', '#id': 'id', '#reports': 'reports' },
      ExpressionAttributeValues: { ':kindPk': kindPk, ':kindSk': kindSk, ':kind': kind, ':id': id, ':one': 1 },
    },
  };
};

/**
 * Transaction item: the item leaves the queue, only if no report arrived since the review read
 * it (`seen` is the entry as read, undefined when there was none).
 */
export const dequeue = (
  { tableName }: Pick<Db, 'tableName'>,
  collection: string,
  seen: QueueEntry | undefined,
): TransactItem => ({
  Delete: {
    TableName: tableName,
    Key: moderationKeys.queueEntry(collection),
    ...(!seen
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : seen.reports === undefined
        ? {
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#reports)',
            ExpressionAttributeNames: { '#reports': 'reports' },
          }
        : {
            ConditionExpression: '#reports = :seen',
            ExpressionAttributeNames: { '#reports': 'reports' },
            ExpressionAttributeValues: { ':seen': seen.reports },
          }),
  },
});

export const getQueueEntry = async ({ db, tableName }: Db, collection: string) =>
  (
    await db.send(
      new GetCommand({ TableName: tableName, Key: moderationKeys.queueEntry(collection), ...CONSISTENT_READ }),
    )
  ).Item as QueueEntry | undefined;

export const hasReported = async ({ db, tableName }: Db, collection: string, reporterKey: string) =>
  Boolean(
    (
      await db.send(
        new GetCommand({
          TableName: tableName,
          Key: moderationKeys.report(collection, reporterKey),
          ...CONSISTENT_READ,
        }),
      )
    ).Item,
  );

/** The reports on an item no review has closed yet, oldest first. */
export const openReports = async (deps: Db, collection: string): Promise<ReportRecord[]> =>
  (
    await queryAll<ReportRecord>(deps, {
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: 'attribute_not_exists(reviewedAt)',
      ExpressionAttributeValues: { ':pk': collection, ':prefix': moderationKeys.reportPrefix },
      ...CONSISTENT_READ,
    })
  ).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** Closes reports a review saw; they stay on record (see `newReport`). */
export const markReviewed = async ({ db, tableName }: Db, collection: string, reports: ReportRecord[], at: string) => {
  for (const { reporterKey } of reports)
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: moderationKeys.report(collection, reporterKey),
        UpdateExpression: 'SET reviewedAt = :at',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
};

/** Every report and the queue entry of an item, for an item deleted for good. */
export const forgetReports = async (deps: Db, collection: string) => {
  const keys = await queryAll<{ pk: string; sk: string }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': collection, ':prefix': moderationKeys.reportPrefix },
    ProjectionExpression: 'pk, sk',
    ...CONSISTENT_READ,
  });
  for (const Key of [...keys, moderationKeys.queueEntry(collection)])
    await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: { pk: Key.pk, sk: Key.sk } }));
};

/** A page of the queue, oldest first report first. */
export const queuePage = async ({ db, tableName }: Db, page: { limit: number; startKey?: PageKey }) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind',
      ExpressionAttributeValues: { ':kind': QUEUE },
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
    }),
  );
  return { entries: (result.Items ?? []) as QueueEntry[], lastKey: result.LastEvaluatedKey as PageKey | undefined };
};
