import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { Answers, DrawnQuestion } from '../quiz-rules.ts';
import { trainingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;

/** How long a graded attempt is kept (the person's history, the export), then DynamoDB removes it. */
const GRADED_ATTEMPT_RETENTION_DAYS = 365;

/** A quiz attempt as stored in the person's collection: the questions drawn, then the grade. */
export interface AttemptRecord {
  userId: string;
  moduleId: string;
  id: string;
  moduleVersion: string;
  startedAt: string;
  /** When it closes (ISO); `expiresAt` below is the same instant in epoch seconds while open. */
  closesAt: string;
  status: 'open' | 'submitted';
  questions: DrawnQuestion[];
  answers?: Answers;
  score?: number;
  passed?: boolean;
  submittedAt?: string;
}

/** A day's attempt counter for one module (the daily limit). */
export interface AttemptDayRecord {
  userId: string;
  moduleId: string;
  day: string;
  n: number;
}

const epochSeconds = (at: Date | string) => Math.floor(new Date(at).getTime() / 1000);

/**
 * Transaction items: an attempt started. The day's counter goes up only while it is under the
 * limit (`max`), and the attempt is written in the same transaction, so ten starts at once give
 * exactly `max` attempts. Open attempts expire on their own (TTL); the condition on submission
 * is what enforces the two hours, DynamoDB's clean-up may come days later.
 */
export const startAttemptItems = (
  deps: Table,
  options: { attempt: AttemptRecord; day: string; max: number; counterExpiresAt: Date },
): TransactItem[] => {
  const { attempt } = options;
  return [
    {
      Update: {
        TableName: deps.tableName,
        Key: trainingKeys.attemptDay(attempt.userId, attempt.moduleId, options.day),
        UpdateExpression: 'ADD n :one SET userId = :userId, moduleId = :moduleId, #day = :day, expiresAt = :ttl',
        ConditionExpression: 'attribute_not_exists(pk) OR n < :max',
        ExpressionAttributeNames: { '#day': 'day' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':max': options.max,
          ':userId': attempt.userId,
          ':moduleId': attempt.moduleId,
          ':day': options.day,
          ':ttl': epochSeconds(options.counterExpiresAt),
        },
      },
    },
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...trainingKeys.attempt(attempt.userId, attempt.moduleId, attempt.id),
          ...attempt,
          expiresAt: epochSeconds(attempt.closesAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
};

/**
 * Transaction item: an attempt graded. Only an open attempt that has not closed at `now` takes
 * it (two submissions at once: one wins; a late one is refused by the write itself). The graded
 * attempt is then kept for a year.
 */
export const gradeAttemptItem = (
  deps: Table,
  options: {
    attempt: Pick<AttemptRecord, 'userId' | 'moduleId' | 'id'>;
    answers: Answers;
    score: number;
    passed: boolean;
    now: Date;
  },
): TransactItem => {
  const { attempt, now } = options;
  return {
    Update: {
      TableName: deps.tableName,
      Key: trainingKeys.attempt(attempt.userId, attempt.moduleId, attempt.id),
      UpdateExpression:
        'SET #status = :submitted, answers = :answers, score = :score, passed = :passed, submittedAt = :at, expiresAt = :kept',
      ConditionExpression: '#status = :open AND expiresAt > :now',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':submitted': 'submitted',
        ':open': 'open',
        ':answers': options.answers,
        ':score': options.score,
        ':passed': options.passed,
        ':at': now.toISOString(),
        ':now': epochSeconds(now),
        ':kept': epochSeconds(now) + GRADED_ATTEMPT_RETENTION_DAYS * 24 * 60 * 60,
      },
    },
  };
};

/** One attempt of a person, as stored (strongly consistent: submission decides on it). */
export const getAttempt = async (
  { db, tableName }: Pick<AppDeps, 'db' | 'tableName'>,
  key: { userId: string; moduleId: string; attemptId: string },
): Promise<AttemptRecord | undefined> => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: trainingKeys.attempt(key.userId, key.moduleId, key.attemptId),
      ...CONSISTENT_READ,
    }),
  );
  if (!Item) return undefined;
  const { expiresAt: _ttl, ...attempt } = withoutKeys(Item) as AttemptRecord & { expiresAt?: number };
  return attempt;
};

/** How many attempts a person started on a module on a day (strongly consistent). */
export const attemptsOnDay = async (
  { db, tableName }: Pick<AppDeps, 'db' | 'tableName'>,
  key: { userId: string; moduleId: string; day: string },
): Promise<number> => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: trainingKeys.attemptDay(key.userId, key.moduleId, key.day),
      ...CONSISTENT_READ,
    }),
  );
  return (Item?.n as number | undefined) ?? 0;
};
