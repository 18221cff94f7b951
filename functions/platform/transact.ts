import { setTimeout as sleep } from 'node:timers/promises';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './deps.ts';

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
