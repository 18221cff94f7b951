import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './deps.ts';
import { AppError } from './errors.ts';
import { hashToken } from './tokens.ts';

export interface RateLimit {
  /** Names the counter family, e.g. `sign-in-email`. */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Key format of rate counters: one item per subject and fixed window, deleted by TTL. This file
 * is the counters' store: nothing else reads or writes `RATE#` items, so the key stays here.
 */
const counterKey = (limit: RateLimit, subject: string, windowStart: number) => ({
  pk: `RATE#${limit.name}#${hashToken(subject)}`,
  sk: `WINDOW#${windowStart}`,
});

/**
 * Counts one attempt by `subject` (hashed: no e-mail or IP stored in clear) in the current fixed
 * window, atomically, and throws a 429 problem with Retry-After once `max` is passed.
 */
export const consumeRateLimit = async (
  { db, tableName, clock }: Pick<AppDeps, 'db' | 'tableName' | 'clock'>,
  limit: RateLimit,
  subject: string,
): Promise<void> => {
  const nowSeconds = Math.floor(clock.now().getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  const windowEnd = windowStart + limit.windowSeconds;
  const { Attributes } = await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: counterKey(limit, subject, windowStart),
      UpdateExpression: 'ADD #count :one SET expiresAt = :expiresAt',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':expiresAt': windowEnd + 60 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  if ((Attributes?.count as number) > limit.max) {
    const retryAfter = Math.max(1, windowEnd - nowSeconds);
    throw new AppError('rate-limited', `Too many attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`, {
      headers: { 'retry-after': String(retryAfter) },
      extensions: { retryAfter },
    });
  }
};
