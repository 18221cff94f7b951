import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { type CertificationHow, newCertification } from '../certification-rules.ts';
import type { TrainingModule } from '../module-schema.ts';
import { certifyItems } from './certifications.ts';
import { trainingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;

/**
 * A person's way towards a module that asks for two things (a workshop and a quiz): which of
 * them is done. The second one earns the certification in the same transaction and the
 * progress item goes (its story stays in the audit trail); a renewal starts again from nothing.
 */
export interface ProgressRecord {
  userId: string;
  moduleId: string;
  quizPassedAt?: string;
  /** The attempt that passed. */
  quizAttemptId?: string;
  attendedAt?: string;
  /** The instructor who marked the attendance (they are credited with the certification). */
  attendanceMarkedBy?: string;
  /** The workshop session attended. */
  sessionId?: string;
}

/** One person's progress for one module, as stored (strongly consistent: the next write is conditioned on it). */
export const getProgress = async (
  { db, tableName }: Pick<AppDeps, 'db' | 'tableName'>,
  userId: string,
  moduleId: string,
): Promise<ProgressRecord | undefined> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: trainingKeys.progress(userId, moduleId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as ProgressRecord) : undefined;
};

/** The progress item is still as it was read (no part recorded meanwhile by someone else). */
const progressAsRead = (read: ProgressRecord | undefined) => {
  if (!read) return { condition: 'attribute_not_exists(pk)', values: {} };
  const parts: string[] = ['attribute_exists(pk)'];
  const values: Record<string, string> = {};
  for (const field of ['quizPassedAt', 'attendedAt'] as const) {
    const value = read[field];
    if (value === undefined) parts.push(`attribute_not_exists(${field})`);
    else {
      parts.push(`${field} = :read_${field}`);
      values[`:read_${field}`] = value;
    }
  }
  return { condition: parts.join(' AND '), values };
};

interface PartDone {
  module: TrainingModule;
  userId: string;
  /** The progress as read just before (undefined: none); the write is conditioned on it. */
  progress: ProgressRecord | undefined;
  now: Date;
}

/** Certification earned by the part just done: the certification and its audit entry, the progress gone. */
const earnItems = (
  deps: Table,
  options: PartDone & { how: CertificationHow; by: string; grantedBy?: string },
): TransactItem[] => {
  const record = newCertification({
    userId: options.userId,
    module: options.module,
    how: options.how,
    grantedBy: options.grantedBy,
    now: options.now,
  });
  const at = options.now.toISOString();
  const items = certifyItems(deps, record, {
    userId: options.userId,
    moduleId: options.module.id,
    id: randomUUID(),
    at,
    act: 'earned',
    how: options.how,
    by: options.by,
  });
  if (!options.progress) return items;
  const asRead = progressAsRead(options.progress);
  return [
    ...items,
    {
      Delete: {
        TableName: deps.tableName,
        Key: trainingKeys.progress(options.userId, options.module.id),
        ConditionExpression: asRead.condition,
        ...(Object.keys(asRead.values).length > 0 ? { ExpressionAttributeValues: asRead.values } : {}),
      },
    },
  ];
};

/** One part recorded on the progress item, conditioned on the item being as read. */
const recordPartItem = (deps: Table, options: PartDone, fields: Partial<ProgressRecord>): TransactItem => {
  const asRead = progressAsRead(options.progress);
  const names = Object.keys(fields);
  return {
    Update: {
      TableName: deps.tableName,
      Key: trainingKeys.progress(options.userId, options.module.id),
      UpdateExpression: `SET userId = :userId, moduleId = :moduleId, ${names.map((name) => `${name} = :${name}`).join(', ')}`,
      ConditionExpression: asRead.condition,
      ExpressionAttributeValues: {
        ...asRead.values,
        ':userId': options.userId,
        ':moduleId': options.module.id,
        ...Object.fromEntries(names.map((name) => [`:${name}`, fields[name as keyof ProgressRecord]])),
      },
    },
  };
};

/**
 * Transaction items: a passed quiz of a module. An online-only module is earned at once; a
 * workshop module records the pass, and earns the certification when the attendance is
 * already recorded. Conditioned on the progress as read: a transaction that fails on it raced
 * another part being recorded (read again and retry).
 */
export const recordQuizPassItems = (deps: Table, options: PartDone & { attemptId: string }): TransactItem[] => {
  const { module, progress, userId } = options;
  if (!module.manifest.workshop) return earnItems(deps, { ...options, how: 'quiz', by: userId });
  if (progress?.attendedAt) {
    return earnItems(deps, {
      ...options,
      how: 'workshop',
      by: userId,
      grantedBy: progress.attendanceMarkedBy,
    });
  }
  return [recordPartItem(deps, options, { quizPassedAt: options.now.toISOString(), quizAttemptId: options.attemptId })];
};

/**
 * Transaction items: a workshop attended, as marked by an instructor. Earns the certification
 * when the module has no quiz or the quiz is already passed; otherwise records the attendance.
 * Conditioned on the progress as read, like `recordQuizPassItems`. The caller adds the
 * instructor check (`instructorCheckItem`) and its own registration write.
 */
export const recordAttendanceItems = (
  deps: Table,
  options: PartDone & { markedBy: string; sessionId?: string },
): TransactItem[] => {
  const { module, progress } = options;
  if (!module.quiz || progress?.quizPassedAt) {
    return earnItems(deps, { ...options, how: 'workshop', by: options.markedBy, grantedBy: options.markedBy });
  }
  return [
    recordPartItem(deps, options, {
      attendedAt: options.now.toISOString(),
      attendanceMarkedBy: options.markedBy,
      ...(options.sessionId ? { sessionId: options.sessionId } : {}),
    }),
  ];
};

/**
 * Transaction item: an attendance taken back (marked by mistake) before it earned anything.
 * Conditioned on the progress as read; a certification already earned is revoked instead.
 */
export const unrecordAttendanceItems = (
  deps: Table,
  options: { userId: string; moduleId: string; progress: ProgressRecord },
): TransactItem[] => {
  const asRead = progressAsRead(options.progress);
  return [
    {
      Update: {
        TableName: deps.tableName,
        Key: trainingKeys.progress(options.userId, options.moduleId),
        UpdateExpression: 'REMOVE attendedAt, attendanceMarkedBy, sessionId',
        ConditionExpression: asRead.condition,
        ...(Object.keys(asRead.values).length > 0 ? { ExpressionAttributeValues: asRead.values } : {}),
      },
    },
  ];
};
