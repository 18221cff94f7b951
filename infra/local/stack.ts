import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from '../../functions/api/app.ts';
import { BACKGROUND_WORK } from '../../functions/background.ts';
import { CONTRIBUTIONS } from '../../functions/features.ts';
import { runDailyJob } from '../../functions/jobs/daily-job.ts';
import { objectsOfS3Event, processUploadedObjects } from '../../functions/jobs/uploaded-object.ts';
import { createDocumentClient, createS3Client } from '../../functions/platform/clients.ts';
import { type AppConfig, AppConfigSchema } from '../../functions/platform/config.ts';
import { type AppDeps, type Clock, systemClock } from '../../functions/platform/deps.ts';
import { logger } from '../../functions/platform/logger.ts';
import { skipSuppressed } from '../../functions/platform/skip-suppressed.ts';
import type { UploadProcessor } from '../../functions/platform/upload-processor.ts';
import { buildSite, isSiteStale } from './build-site.ts';
import { seedDemoContentOnce } from './demo-seeders.ts';
import { ensureTable, type RunningDynamoDb, startDynamoDbLocal } from './dynamodb-local.ts';
import { createEdge } from './edge.ts';
import { createLocalEdgeCache, type LocalEdgeCache } from './edge-cache.ts';
import { failureFolderIn } from './failure-folder.ts';
import { freePort } from './free-port.ts';
import { assertJava17 } from './java.ts';
import { startLambdaInvokeServer } from './lambda-invoke-server.ts';
import { LOCAL_CREDENTIALS, LOCAL_MEDIA_BUCKET, LOCAL_REGION, LOCAL_TABLE_NAME } from './local-aws.ts';
import { createLocalCredentialSigner } from './local-credential-signer.ts';
import { invokeAsync, type LocalFunctionName, type LocalFunctions } from './local-functions.ts';
import { LocalStartError } from './local-start-error.ts';
import { createLocalWork, type LocalWork, type LocalWorkOptions } from './local-work.ts';
import { createOutboxMailer } from './outbox-mailer.ts';
import { createRecordedMetrics, type RecordedMetrics } from './recorded-metrics.ts';
import { writeRuntimeFile } from './runtime-file.ts';
import { type RunningS3, type S3EventLike, startS3Local } from './s3-local.ts';
import { type StaleReads, simulateStaleReads, staleReadsFromEnv } from './stale-reads.ts';

export const ROOT_DIR = resolve(import.meta.dirname, '../..');
const WEB_DIR = join(ROOT_DIR, 'web');
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LocalStackOptions {
  /** Where data lives across restarts (default `.data/`); ignored with `inMemory`. */
  dataDir?: string;
  /** Throwaway data: DynamoDB Local in memory, objects and outbox in a temp folder removed on stop. */
  inMemory?: boolean;
  /** Port on 127.0.0.1; 0 picks a free one. Default 4321. */
  port?: number;
  /** Print nothing but errors (tests). */
  quiet?: boolean;
  /** Build the site first when web/dist is missing or stale (default true). */
  buildSite?: boolean;
  /** Load the demo city when the table is new (default true). */
  seedDemo?: boolean;
  clock?: Clock;
  config?: Partial<AppConfig>;
  /** How the work job's runs are timed (the Lambda timeout it imitates). */
  work?: LocalWorkOptions;
  /** What processes uploads (default: the features'); a test wraps one to make processing fail. */
  uploadProcessors?: readonly UploadProcessor[];
  /** Wait before an asynchronous event's retry, times the attempt (Lambda waits minutes). Default 1 s. */
  retryDelayMs?: number;
  /**
   * Reads without `ConsistentRead` answer what was there before recent writes, as AWS may
   * (see stale-reads.ts). Default: from COMMUNS_LOCAL_STALE_READS, off when unset.
   */
  staleReads?: StaleReads;
  print?: (line: string) => void;
}

export interface LocalStack {
  url: string;
  dataDir: string;
  outboxDir: string;
  endpoints: { dynamodb: string; s3: string; lambda: string };
  /** The local failure queue: events whose processing still failed after the retries (failure-folder.ts). */
  failureFolder: string;
  deps: AppDeps;
  /** The business counters each invocation sent (what CloudWatch would receive in AWS). */
  metrics: RecordedMetrics;
  /** What the edge keeps of the API's public reads, and the invalidations the use cases asked for. */
  edgeCache: LocalEdgeCache;
  /** Objects whose processing (the local S3 → Lambda trigger) and work runs have not finished yet. */
  idle(): Promise<void>;
  /** The work job's runs (as the asynchronous invocations of the work function in AWS). */
  work: LocalWork;
  /** Runs the daily job now, as the schedule would. */
  runDailyJob(): ReturnType<typeof runDailyJob>;
  stop(): Promise<void>;
}

/**
 * The AWS shape on one machine: DynamoDB Local, s3rver, and one HTTP origin serving the site,
 * `/api/*` and `/media/*`, with the media trigger and the daily job wired as in AWS.
 * `npm start`, the api tests and the e2e tests all start it through here.
 */
export const startLocalStack = async (options: LocalStackOptions = {}): Promise<LocalStack> => {
  const print = options.print ?? ((line: string) => options.quiet || console.log(line));
  const clock = options.clock ?? systemClock;
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  };

  try {
    assertJava17();
    const dataDir = options.inMemory
      ? await mkdtemp(join(tmpdir(), 'communs-'))
      : resolve(options.dataDir ?? join(ROOT_DIR, '.data'));
    if (options.inMemory) cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    await assertWritable(dataDir);

    // Listen first: a taken port is reported before anything slow starts.
    let handle: (request: Request, env: unknown) => Response | Promise<Response> = () =>
      new Response('Starting…', { status: 503, headers: { 'retry-after': '1' } });
    const server = createAdaptorServer({ fetch: (request: Request, env: unknown) => handle(request, env) });
    const port = await listen(server, options.port ?? 4321);
    cleanups.push(() => new Promise<void>((done) => server.close(() => done())));
    const url = `http://127.0.0.1:${port}`;

    if (options.buildSite !== false && (await isSiteStale(WEB_DIR))) {
      print('Building the site (web/dist is missing or older than its sources)…');
      await buildSite(ROOT_DIR, WEB_DIR);
    }

    const [dynamoPort, s3Port] = [await freePort(), await freePort()];
    const dynamo: RunningDynamoDb = await startDynamoDbLocal({
      port: dynamoPort,
      path: options.inMemory ? undefined : await ensureDir(join(dataDir, 'dynamodb')),
    });
    cleanups.push(dynamo.stop);

    const outboxDir = await ensureDir(join(dataDir, 'outbox'));
    const config = AppConfigSchema.parse({ publicUrl: url, ...options.config });
    const clientOptions = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    // One S3 client serves the API and the jobs here (media processing writes whole files), and
    // s3rver answers a multipart completion only once the object is written: the jobs' budget.
    const s3Client = createS3Client({ ...clientOptions, s3Endpoint: `http://127.0.0.1:${s3Port}`, budget: 'job' });
    const work = createLocalWork(() => deps, options.work);
    // The jobs' budget too: DynamoDB Local on a busy laptop (or CI) may be slower than a request's
    // 3 s without being down; the API tests show the request budget's 503 (outage.test.ts).
    const db = createDocumentClient({ ...clientOptions, dynamoEndpoint: dynamo.endpoint, budget: 'job' });
    const metrics = createRecordedMetrics();
    // As CloudFront in AWS: public reads are kept for minutes unless a change invalidates them.
    const edgeCache = createLocalEdgeCache();
    const staleReads = options.staleReads ?? staleReadsFromEnv();
    if (staleReads) print(`Stale reads on: reads without ConsistentRead lag ${staleReads.lagMs} ms behind writes.`);
    const deps: AppDeps = {
      db: staleReads ? simulateStaleReads(db, staleReads) : db,
      s3: s3Client,
      tableName: LOCAL_TABLE_NAME,
      mediaBucket: LOCAL_MEDIA_BUCKET,
      // As in AWS: no mail to an address that bounced or complained (the outbox stands in for SES).
      mailer: skipSuppressed(createOutboxMailer(outboxDir, clock, print), { db, tableName: LOCAL_TABLE_NAME }),
      edgeCache,
      clock,
      config,
      work,
      metrics,
      // As KMS in AWS: the key that signs credentials, kept in the data folder.
      credentialSigner: createLocalCredentialSigner(dataDir),
      hooks: CONTRIBUTIONS.hooks,
    };

    // The functions Lambda invokes asynchronously, run here with the same entries' work.
    const processors = options.uploadProcessors ?? BACKGROUND_WORK.uploadProcessors;
    const functions: LocalFunctions = {
      MediaUploaded: (event) => processUploadedObjects(deps, objectsOfS3Event(event as S3EventLike), processors),
      DailyJob: () => runDailyJob(deps),
    };
    const failureFolder = failureFolderIn(dataDir);
    const processing = new Set<Promise<void>>();
    const invokeInBackground = (name: LocalFunctionName, event: unknown) => {
      const job = invokeAsync({
        functions,
        name,
        event,
        failureFolder,
        retryDelayMs: options.retryDelayMs ?? 1000,
        now: () => clock.now(),
      })
        // Only the failure folder itself failing (a full disk) lands here.
        .catch((error) => logger.error('failed invocation could not be kept', { error: error as Error }))
        .finally(() => processing.delete(job));
      processing.add(job);
    };
    const lambda = await startLambdaInvokeServer(functions);
    cleanups.push(lambda.stop);

    const s3: RunningS3 = await startS3Local({
      port: s3Port,
      directory: await ensureDir(join(dataDir, 's3')),
      bucket: LOCAL_MEDIA_BUCKET,
      allowedOrigins: [url],
      onObjectCreated: (event) => {
        // Only what a feature processes (as the S3 notification's prefix filter in AWS).
        const records = event.Records.filter((record) =>
          objectsOfS3Event({ Records: [record] }).every((object) =>
            processors.some((processor) => object.key.startsWith(processor.prefix)),
          ),
        );
        if (records.length > 0) invokeInBackground('MediaUploaded', { ...event, Records: records });
      },
    });
    cleanups.push(s3.stop);

    const rawDynamo = new DynamoDBClient({ ...clientOptions, endpoint: dynamo.endpoint });
    await ensureTable(rawDynamo, LOCAL_TABLE_NAME).finally(() => rawDynamo.destroy());
    if (options.seedDemo !== false) await seedDemoContentOnce(deps, print);

    const api = createApp(deps);
    const edge = createEdge({
      api,
      s3: s3Client,
      mediaBucket: LOCAL_MEDIA_BUCKET,
      siteDir: join(WEB_DIR, 'dist'),
      uploadOrigins: [s3.endpoint],
      apiCache: edgeCache,
    });
    handle = (request, env) => edge.fetch(request, env as object);

    if (!options.inMemory) {
      const removeRuntimeFile = writeRuntimeFile(dataDir, {
        url,
        dynamoEndpoint: dynamo.endpoint,
        lambdaEndpoint: lambda.endpoint,
      });
      cleanups.push(async () => removeRuntimeFile());
    }

    const dailyJob = setInterval(() => invokeInBackground('DailyJob', {}), DAY_MS);
    dailyJob.unref();
    cleanups.push(async () => clearInterval(dailyJob));

    return {
      url,
      dataDir,
      outboxDir,
      endpoints: { dynamodb: dynamo.endpoint, s3: s3.endpoint, lambda: lambda.endpoint },
      failureFolder,
      deps,
      metrics,
      edgeCache,
      idle: async () => {
        while (processing.size > 0) await Promise.allSettled([...processing]);
        await work.idle();
      },
      work,
      runDailyJob: () => runDailyJob(deps),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};

const ensureDir = async (dir: string) => {
  await mkdir(dir, { recursive: true });
  return dir;
};

const assertWritable = async (dir: string) => {
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.write-check'), '');
  } catch (error) {
    throw new LocalStartError(
      `The data folder ${dir} is not writable (${(error as NodeJS.ErrnoException).code}); set DATA_DIR to a folder you can write.`,
    );
  }
};

const listen = (server: ReturnType<typeof createAdaptorServer>, port: number) =>
  new Promise<number>((resolvePort, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalStartError(
              `Port ${port} on 127.0.0.1 is already in use; stop what uses it or set PORT to another one.`,
            )
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolvePort((server.address() as AddressInfo).port));
  });
