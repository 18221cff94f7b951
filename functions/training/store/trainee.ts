import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { CertificationRecord } from '../certification-rules.ts';
import type { AttemptDayRecord, AttemptRecord } from './attempts.ts';
import type { TraineeSettings } from './badges.ts';
import type { AuditEntry } from './certifications.ts';
import { traineeSortKeys, trainingKeys } from './keys.ts';
import type { ProgressRecord } from './progress.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** Everything training holds about one person, from one Query of their collection. */
export interface TraineeRecords {
  certifications: CertificationRecord[];
  /** Oldest first. */
  audit: AuditEntry[];
  attempts: AttemptRecord[];
  attemptDays: AttemptDayRecord[];
  progress: ProgressRecord[];
  /** Their choices (showing certifications on their public page); none until they make one. */
  settings?: TraineeSettings;
}

type Stored = Record<string, unknown> & { pk: string; sk: string };

const withoutTtl = <T>(item: Stored): T => {
  const { expiresAt: _ttl, ...rest } = withoutKeys(item);
  return rest as T;
};

/** A person's whole training collection (My training, the export): one Query, strongly consistent. */
export const getTraineeRecords = async (deps: Db, userId: string): Promise<TraineeRecords> => {
  const items = await queryAll<Stored>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': trainingKeys.trainee(userId) },
    ...CONSISTENT_READ,
  });
  const records: TraineeRecords = { certifications: [], audit: [], attempts: [], attemptDays: [], progress: [] };
  for (const item of items) {
    if (item.sk.startsWith(traineeSortKeys.certifications)) records.certifications.push(withoutTtl(item));
    else if (item.sk.startsWith(traineeSortKeys.audit)) records.audit.push(withoutTtl(item));
    // `ATTEMPTS#` (the day counters) also starts with `ATTEMPT`: test it first.
    else if (item.sk.startsWith(traineeSortKeys.attemptDays)) records.attemptDays.push(withoutTtl(item));
    else if (item.sk.startsWith(traineeSortKeys.attempts)) records.attempts.push(withoutTtl(item));
    else if (item.sk.startsWith(traineeSortKeys.progresses)) records.progress.push(withoutTtl(item));
    else if (item.sk === traineeSortKeys.settings) records.settings = withoutTtl(item);
  }
  return records;
};

/** The keys of a person's training items (erasure deletes them in batches). */
export const listTraineeKeys = async (deps: Db, userId: string) => {
  return queryAll<{ pk: string; sk: string }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': trainingKeys.trainee(userId) },
    ProjectionExpression: 'pk, sk',
    ...CONSISTENT_READ,
  });
};

/** Deletes one item of a person's training collection (erasure; safe to repeat). */
export const deleteTraineeItem = ({ db, tableName }: Db, key: { pk: string; sk: string }) =>
  db.send(new DeleteCommand({ TableName: tableName, Key: { pk: key.pk, sk: key.sk } }));
