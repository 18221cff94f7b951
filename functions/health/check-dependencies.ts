import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../platform/deps.ts';

export type CheckStatus = 'ok' | 'down';

export interface DependencyChecks {
  table: CheckStatus;
  media: CheckStatus;
}

const probe = async (call: () => Promise<unknown>): Promise<CheckStatus> => {
  try {
    await call();
    return 'ok';
  } catch {
    return 'down';
  }
};

/** Asks the table and the media bucket for real (a key read, a bucket head), in parallel. */
export const checkDependencies = async ({
  db,
  s3,
  tableName,
  mediaBucket,
}: Pick<AppDeps, 'db' | 's3' | 'tableName' | 'mediaBucket'>): Promise<DependencyChecks> => {
  const [table, media] = await Promise.all([
    probe(() => db.send(new GetCommand({ TableName: tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }))),
    probe(() => s3.send(new HeadBucketCommand({ Bucket: mediaBucket }))),
  ]);
  return { table, media };
};
