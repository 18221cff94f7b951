import { setTimeout as sleep } from 'node:timers/promises';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './deps.ts';
import { AppError } from './errors.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** How often a transaction that only collided with another one (no condition failed) is tried again. */
const CONFLICT_ATTEMPTS = 5;

const cancellationCodes = (error: unknown): string[] =>
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code ?? 'None');

/**
 * Writes several items at once, all or nothing; false when one of their conditions failed.
 * DynamoDB also cancels a transaction that merely ran into another one on the same item
 * (`TransactionConflict`): that is no answer to the conditions, so it is tried again after a
 * short random pause — two stops added at once both land instead of one being refused.
 */
export const transact = async ({ db }: Pick<AppDeps, 'db'>, items: TransactItem[]): Promise<boolean> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException') throw error;
      const codes = cancellationCodes(error);
      const onlyCollided = codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
      if (!onlyCollided || attempt >= CONFLICT_ATTEMPTS) return false;
      await sleep(10 + Math.random() * 40 * attempt);
    }
  }
};

/** Cancellation codes that mean DynamoDB refused for throughput, not for our conditions. */
const THROUGHPUT_CODES = new Set(['ProvisionedThroughputExceeded', 'ThrottlingError', 'RequestLimitExceeded']);

/** Cancellation codes that answer the transaction: a condition said no, another write got in the way, or nothing. */
const ANSWERS = new Set(['None', 'ConditionalCheckFailed', 'TransactionConflict']);

/** What a transaction whose refusals must be told apart answered. */
export type TransactOutcome =
  | { written: true }
  /**
   * The indexes (in the items given) of every item whose condition failed; empty when no
   * condition failed but the transaction kept colliding with others (`TransactionConflict`)
   * after every attempt: nothing said no, and the caller may try again.
   */
  | { written: false; failed: number[] };

/**
 * Like `transact`, but a refusal names the items whose conditions failed, so the caller can say
 * which rule refused (a day taken, a limit reached, a certification missing) instead of
 * guessing from a read. A transaction refused for throughput throws the 503 problem (nothing
 * was written: a transaction is all or nothing), as do the SDK's own throughput errors through
 * the API's error handler.
 */
export const transactExplained = async (
  { db }: Pick<AppDeps, 'db'>,
  items: TransactItem[],
): Promise<TransactOutcome> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      return { written: true };
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException') throw error;
      const codes = cancellationCodes(error);
      if (codes.some((code) => THROUGHPUT_CODES.has(code))) throw throughputRefusal(error);
      // Anything else (a validation error, an item too large) is a bug of ours, not an answer.
      if (codes.some((code) => !ANSWERS.has(code))) throw error;
      const failed = codes.flatMap((code, index) => (code === 'ConditionalCheckFailed' ? [index] : []));
      const onlyCollided = failed.length === 0 && codes.includes('TransactionConflict');
      if (!onlyCollided || attempt >= CONFLICT_ATTEMPTS) return { written: false, failed };
      await sleep(10 + Math.random() * 40 * attempt);
    }
  }
};

const throughputRefusal = (cause: unknown) =>
  new AppError(
    'dependency-unavailable',
    'The table is over its capacity right now; nothing was written. Try again in a moment.',
    {
      headers: { 'retry-after': '5' },
      cause,
    },
  );
