import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../platform/deps.ts';

/** An item nothing writes: reading it costs one key read and proves the table answers. */
const probeKey = { pk: 'HEALTH', sk: 'HEALTH' };

/** Reads the probe key; throws when the table does not answer. */
export const readTableProbe = async ({ db, tableName }: Pick<AppDeps, 'db' | 'tableName'>) => {
  await db.send(new GetCommand({ TableName: tableName, Key: probeKey }));
};

/** Asks for the media bucket's head; throws when it does not answer. */
export const headMediaBucket = async ({ s3, mediaBucket }: Pick<AppDeps, 's3' | 'mediaBucket'>) => {
  await s3.send(new HeadBucketCommand({ Bucket: mediaBucket }));
};
