import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processUpload } from '../../../functions/media/process-upload.ts';
import { getMedia } from '../../../functions/media/store.ts';
import type { UploadProcessor } from '../../../functions/platform/upload-processor.ts';
import { listFailures } from '../../../infra/local/failure-folder.ts';
import { readOutbox } from '../../../infra/local/outbox-mailer.ts';
import { type LocalStack, ROOT_DIR, startLocalStack } from '../../../infra/local/stack.ts';
import { uploadRequestBody } from '../media-support.ts';

const FIXTURES = join(ROOT_DIR, 'tests/fixtures/media');

/**
 * A portal of its own (not the run's shared stack): its counters and its failure folder are read
 * here, and its storage can be made to fail. Its data folder is on disk, so `npm run admin` finds
 * the running portal as it would find `npm start`.
 */
let stack: LocalStack;
let dataDir: string;
let storageDown = false;
let attempts = 0;

/** The media processor, behind a switch that makes it fail as an unreachable storage would. */
const processors: UploadProcessor[] = [
  {
    prefix: 'uploads/',
    process: async (deps, object) => {
      attempts++;
      if (storageDown) throw new Error('storage unreachable (test)');
      await processUpload(deps, object);
    },
  },
];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'communs-operations-'));
  stack = await startLocalStack({
    dataDir,
    port: 0,
    quiet: true,
    buildSite: false,
    seedDemo: false,
    uploadProcessors: processors,
    retryDelayMs: 10,
  });
});

afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A write through the local origin, as a browser sends it through CloudFront. */
const post = (path: string, body: unknown, cookie?: string) => {
  const text = JSON.stringify(body);
  return fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: {
      origin: stack.url,
      'content-type': 'application/json',
      'x-amz-content-sha256': sha256(text),
      ...(cookie ? { cookie } : {}),
    },
    body: text,
  });
};

const signIn = async () => {
  const email = `counted-${crypto.randomUUID().slice(0, 8)}@example.test`;
  expect((await post('/api/auth/sign-in', { email })).status).toBe(202);
  const message = (await readOutbox(stack.outboxDir)).filter((m) => m.to === email).at(-1);
  const link = new URL(/https?:\/\/\S+/.exec(message?.text ?? '')?.[0] ?? '');
  // The link opens the confirmation page; its button posts the token.
  const verified = await post('/api/auth/verify', { token: link.searchParams.get('token') });
  expect(verified.status).toBe(200);
  return verified.headers.get('set-cookie')?.split(';')[0] ?? '';
};

/** Requests an upload and sends the bytes to storage (presigned POST), as the upload page does. */
const upload = async (cookie: string) => {
  const bytes = await readFile(join(FIXTURES, 'speech.mp3'));
  const requested = await post(
    '/api/uploads',
    uploadRequestBody({ fileName: 'speech.mp3', size: bytes.length }),
    cookie,
  );
  expect(requested.status).toBe(201);
  const { mediaId, upload } = (await requested.json()) as {
    mediaId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), 'speech.mp3');
  expect((await fetch(upload.url, { method: 'POST', body: form })).ok).toBe(true);
  await stack.idle();
  return mediaId;
};

const admin = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['infra/local/admin.ts', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATA_DIR: dataDir, FAILURE_QUEUE_URL: '', TABLE_NAME: '' },
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: `${error.stdout}${error.stderr}`,
    }),
  );

describe('the portal’s own counters', () => {
  it('publishes a sign-in and an accepted upload at the end of the invocations that made them', async () => {
    const before = stack.metrics.published.length;
    const cookie = await signIn();
    const mediaId = await upload(cookie);
    expect((await getMedia(stack.deps, mediaId))?.status).toBe('ready');
    const published = stack.metrics.published.slice(before).map((counted) => counted.metric);
    expect(published).toEqual(['SignIns', 'UploadsAccepted']);
  });

  it('counts a rejected upload with its reason', async () => {
    const before = stack.metrics.published.length;
    const cookie = await signIn();
    const bytes = await readFile(join(FIXTURES, 'page.html.mp3'));
    const requested = await post(
      '/api/uploads',
      uploadRequestBody({ fileName: 'page.html.mp3', size: bytes.length }),
      cookie,
    );
    const { mediaId, upload } = (await requested.json()) as {
      mediaId: string;
      upload: { url: string; fields: Record<string, string> };
    };
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', new Blob([bytes]), 'page.html.mp3');
    await fetch(upload.url, { method: 'POST', body: form });
    await stack.idle();
    const record = await getMedia(stack.deps, mediaId);
    expect(record?.status).toBe('rejected');
    expect(stack.metrics.published.slice(before)).toContainEqual({
      metric: 'UploadsRejected',
      reason: record?.rejection?.code,
    });
  });
});

describe('an upload whose processing fails after the retries', () => {
  it('waits in the failure queue in Lambda’s shape, and `npm run admin -- redrive-failures` publishes it once the cause is fixed', async () => {
    const cookie = await signIn();
    storageDown = true;
    attempts = 0;
    const mediaId = await upload(cookie);

    // Tried three times (Lambda's first attempt and two retries), then kept, not dropped.
    expect(attempts).toBe(3);
    expect((await getMedia(stack.deps, mediaId))?.status).toBe('pending');
    const [record, ...others] = await listFailures(stack.failureFolder);
    expect(others).toHaveLength(0);
    expect(record?.requestContext).toMatchObject({ condition: 'RetriesExhausted', approximateInvokeCount: 3 });
    expect(record?.requestContext.functionArn).toMatch(/^arn:aws:lambda:[^:]+:\d{12}:function:MediaUploaded/);
    expect(record?.responsePayload).toMatchObject({ errorMessage: 'storage unreachable (test)' });
    const payload = record?.requestPayload as { Records: { s3: { object: { key: string } } }[] };
    expect(payload.Records.map((r) => r.s3.object.key)).toEqual([`uploads/${mediaId}`]);

    // Not fixed yet: sent again, fails again, stays in the queue.
    const early = await admin('redrive-failures');
    expect(early.code).toBe(1);
    expect(early.stdout).toContain('0 sent again and removed from the queue, 1 left in it.');
    expect(await listFailures(stack.failureFolder)).toHaveLength(1);

    storageDown = false;
    const redriven = await admin('redrive-failures');
    expect(redriven.stdout).toContain('1 sent again and removed from the queue, 0 left in it.');
    expect(redriven.code).toBe(0);
    expect(await listFailures(stack.failureFolder)).toHaveLength(0);
    expect((await getMedia(stack.deps, mediaId))?.status).toBe('ready');
  }, 60_000);
});
