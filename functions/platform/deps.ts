import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from './config.ts';
import type { Mailer } from './mailer.ts';

/** Time is injected so that expiry, loan days and digests can be tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Everything the API and the jobs need from the outside world. The Lambda entries, the local
 * server and the tests each build one of these with their own clients.
 */
export interface AppDeps {
  db: DynamoDBDocumentClient;
  s3: S3Client;
  tableName: string;
  mediaBucket: string;
  mailer: Mailer;
  clock: Clock;
  config: AppConfig;
}
