import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { createDocumentClient, createS3Client } from '../../functions/platform/clients.ts';
import { type AppConfig, AppConfigSchema } from '../../functions/platform/config.ts';
import type { AppDeps, Clock } from '../../functions/platform/deps.ts';
import { LOCAL_CREDENTIALS, LOCAL_MEDIA_BUCKET, LOCAL_REGION, LOCAL_TABLE_NAME } from '../../infra/local/local-aws.ts';
import { createOutboxMailer, readOutbox } from '../../infra/local/outbox-mailer.ts';

export const TEST_ORIGIN = 'http://communs.test';

/** A clock the test moves by hand (expiry, idle timeouts, digests). */
export const manualClock = (start = new Date('2026-11-24T09:00:00Z')) => {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  } satisfies Clock & { advance(ms: number): void };
};

/**
 * The real app on the run's DynamoDB Local and s3rver, with its own outbox folder and clock.
 * Override endpoints to point it at a service the test starts and stops itself.
 */
export const makeTestApp = async (
  options: { clock?: Clock; config?: Partial<AppConfig>; dynamoEndpoint?: string; s3Endpoint?: string } = {},
) => {
  const clock = options.clock ?? manualClock();
  const outboxDir = await mkdtemp(join(tmpdir(), 'communs-outbox-'));
  const clientOptions = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const deps: AppDeps = {
    db: createDocumentClient({ ...clientOptions, dynamoEndpoint: options.dynamoEndpoint ?? inject('dynamoEndpoint') }),
    s3: createS3Client({ ...clientOptions, s3Endpoint: options.s3Endpoint ?? inject('s3Endpoint') }),
    tableName: LOCAL_TABLE_NAME,
    mediaBucket: LOCAL_MEDIA_BUCKET,
    mailer: createOutboxMailer(outboxDir, clock, () => {}),
    clock,
    config: AppConfigSchema.parse({ publicUrl: TEST_ORIGIN, ...options.config }),
  };
  const app = createApp(deps);
  return { app, deps, clock, outbox: () => readOutbox(outboxDir) };
};

/** `application/problem+json` body of a response, with its content type checked. */
export const problemOf = async (response: Response) => {
  if (!response.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`Expected problem+json, got ${response.headers.get('content-type')}: ${await response.text()}`);
  }
  return (await response.json()) as { type: string; title: string; status: number; detail: string; errors?: { in: string; path: string; message: string }[] };
};
