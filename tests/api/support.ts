import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { CONTRIBUTIONS } from '../../functions/features.ts';
import { type ClientBudget, createDocumentClient, createS3Client } from '../../functions/platform/clients.ts';
import { type AppConfig, AppConfigSchema } from '../../functions/platform/config.ts';
import type { AppDeps, Clock } from '../../functions/platform/deps.ts';
import { skipSuppressed } from '../../functions/platform/skip-suppressed.ts';
import { createLocalEdgeCache } from '../../infra/local/edge-cache.ts';
import { LOCAL_CREDENTIALS, LOCAL_MEDIA_BUCKET, LOCAL_REGION, LOCAL_TABLE_NAME } from '../../infra/local/local-aws.ts';
import { createLocalCredentialSigner } from '../../infra/local/local-credential-signer.ts';
import { createLocalWork, type LocalWorkOptions } from '../../infra/local/local-work.ts';
import { createOutboxMailer, type OutboxOptions, readOutbox } from '../../infra/local/outbox-mailer.ts';
import { createRecordedMetrics } from '../../infra/local/recorded-metrics.ts';
import { type StaleReads, simulateStaleReads, staleReadsFromEnv } from '../../infra/local/stale-reads.ts';

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
 * Override endpoints to point it at a service the test starts and stops itself. `staleReads`
 * (default: COMMUNS_LOCAL_STALE_READS, off when unset) makes reads without `ConsistentRead`
 * lag behind this app's writes, as in AWS.
 */
export const makeTestApp = async (
  options: {
    clock?: Clock;
    config?: Partial<AppConfig>;
    dynamoEndpoint?: string;
    s3Endpoint?: string;
    /** How the work job's runs are timed (a tiny budget imitates Lambda's timeout cutting them). */
    work?: LocalWorkOptions;
    /** How the outbox behaves (addresses it refuses, as SES would). */
    mail?: OutboxOptions;
    staleReads?: StaleReads;
    /**
     * The SDK timeouts of the table's client: an API request's, as in AWS, to show what a hung
     * dependency does; by default a job's, so that DynamoDB Local slowed by a loaded machine
     * (the tests run many files at once on two cores) is not mistaken for an outage.
     */
    dynamoBudget?: ClientBudget;
  } = {},
) => {
  const clock = options.clock ?? manualClock();
  const outboxDir = await mkdtemp(join(tmpdir(), 'communs-outbox-'));
  // Records what the use cases invalidate (and drops it, when a test puts the local edge in front).
  const edgeCache = createLocalEdgeCache();
  const clientOptions = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const work = createLocalWork(() => deps, options.work);
  const db = createDocumentClient({
    ...clientOptions,
    dynamoEndpoint: options.dynamoEndpoint ?? inject('dynamoEndpoint'),
    budget: options.dynamoBudget ?? 'job',
  });
  const metrics = createRecordedMetrics();
  const staleReads = options.staleReads ?? staleReadsFromEnv();
  const deps: AppDeps = {
    db: staleReads ? simulateStaleReads(db, staleReads) : db,
    // The jobs' budget: s3rver answers a large multipart completion once the whole object is
    // written (S3 answers at once), which a request's 3 s would cut.
    s3: createS3Client({ ...clientOptions, s3Endpoint: options.s3Endpoint ?? inject('s3Endpoint'), budget: 'job' }),
    tableName: LOCAL_TABLE_NAME,
    mediaBucket: LOCAL_MEDIA_BUCKET,
    // The mailer entries build: the outbox, skipping addresses that bounced or complained.
    mailer: skipSuppressed(
      createOutboxMailer(outboxDir, clock, () => {}, options.mail),
      {
        db,
        tableName: LOCAL_TABLE_NAME,
      },
    ),
    edgeCache,
    clock,
    config: AppConfigSchema.parse({ publicUrl: TEST_ORIGIN, ...options.config }),
    metrics,
    work,
    // A key of its own, in the outbox's temporary folder (as the local runtime's data folder).
    credentialSigner: createLocalCredentialSigner(outboxDir),
    hooks: CONTRIBUTIONS.hooks,
  };
  const app = createApp(deps);
  return { app, deps, clock, metrics, edgeCache, work, outbox: () => readOutbox(outboxDir) };
};

/** `application/problem+json` body of a response, with its content type checked. */
export const problemOf = async (response: Response) => {
  if (!response.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`Expected problem+json, got ${response.headers.get('content-type')}: ${await response.text()}`);
  }
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: { in: string; path: string; message: string }[];
  };
};

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

let ipCounter = 0;
/** A distinct viewer address per call, so tests do not share the per-IP sign-in budget. */
export const uniqueViewerAddress = () => `198.51.${Math.floor(ipCounter / 250) % 250}.${(ipCounter++ % 250) + 1}:443`;

export const uniqueEmail = (label = 'citizen') => `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`;

/** Headers of a same-origin browser request (what the CSRF check expects). */
export const browserHeaders = (cookie?: string, extra: Record<string, string> = {}) => ({
  origin: TEST_ORIGIN,
  'content-type': 'application/json',
  'cloudfront-viewer-address': uniqueViewerAddress(),
  ...(cookie ? { cookie } : {}),
  ...extra,
});

/** The sign-in link in the newest outbox message to `email`. */
export const latestLinkFor = async (test: TestApp, email: string) => {
  const message = (await test.outbox()).filter((m) => m.to === email).at(-1);
  const link = message && /https?:\/\/\S+/.exec(message.text)?.[0];
  if (!link) throw new Error(`No sign-in link was sent to ${email}`);
  return new URL(link);
};

/** The one-time token of the newest sign-in link e-mailed to `email`. */
export const latestTokenFor = async (test: TestApp, email: string) =>
  (await latestLinkFor(test, email)).searchParams.get('token') ?? '';

/** What the confirmation page's button sends: `POST /api/auth/verify` with the link's token. */
export const confirmSignIn = (test: TestApp, token: string, headers: Record<string, string> = browserHeaders()) =>
  test.app.request('/api/auth/verify', { method: 'POST', headers, body: JSON.stringify({ token }) });

/** Signs in through the real flow (request, e-mailed link, the page's confirmation) and returns the cookie header. */
export const signIn = async (test: TestApp, email = uniqueEmail()) => {
  const requested = await test.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: browserHeaders(),
    body: JSON.stringify({ email }),
  });
  if (requested.status !== 202) throw new Error(`sign-in answered ${requested.status}: ${await requested.text()}`);
  const verified = await confirmSignIn(test, await latestTokenFor(test, email));
  const cookie = verified.headers.get('set-cookie')?.split(';')[0];
  if (verified.status !== 200 || !cookie) throw new Error(`verify answered ${verified.status}`);
  return { cookie, email };
};
