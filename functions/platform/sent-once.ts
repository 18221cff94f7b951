import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf } from './conditional.ts';
import type { AppDeps } from './deps.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** One daily e-mail of one job to one person: its marker. */
export interface DailySend {
  /** The job, e.g. `journal-digest`. */
  job: string;
  /** Who it goes to (a user id, never an address: the marker outlives nothing but is no list of e-mails). */
  target: string;
  /** The city's calendar day (YYYY-MM-DD). */
  day: string;
}

/**
 * Markers of the daily e-mails already sent, so that a daily job run again the same day (Lambda
 * retries a failed run, an operator sends it again) sends nobody the same e-mail twice. This file
 * is their store: nothing else reads or writes `SENT#` items. They go by TTL after a few days.
 */
const markerKey = ({ job, target, day }: DailySend) => ({ pk: `SENT#${job}#${target}`, sk: `DAY#${day}` });
const KEPT_SECONDS = 3 * 24 * 60 * 60;

/**
 * Claims the sending of one daily e-mail, before it is sent; false when it was sent (or is being
 * sent) already. A claim whose sending failed is released (`releaseDailySend`) so a rerun tries
 * again. A run killed between claim and send loses that one e-mail rather than risk a double.
 */
export const claimDailySend = ({ db, tableName }: Db, send: DailySend, now: Date) =>
  writeIf(
    db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...markerKey(send),
          claimedAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + KEPT_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

export const releaseDailySend = async ({ db, tableName }: Db, send: DailySend) => {
  await db.send(new DeleteCommand({ TableName: tableName, Key: markerKey(send) }));
};

/** The calendar day of `at` in the city's time zone (digests are daily in the city, not in UTC). */
export const cityDay = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
