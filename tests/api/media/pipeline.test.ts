import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { processUpload } from '../../../functions/media/process-upload.ts';
import { getMedia, getUsage, listPendingCreatedBefore, replaceMedia } from '../../../functions/media/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { uploadRequestBody } from '../media-support.ts';
import { browserHeaders, makeTestApp } from '../support.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/media');
type Test = Awaited<ReturnType<typeof makeTestApp>>;

/** Requests an upload, then sends the bytes to storage the way a browser does (presigned POST). */
const uploadFile = async (test: Test, cookie: string, file: string, declared: Record<string, unknown>) => {
  const bytes = await readFile(join(FIXTURES, file));
  const response = await test.app.request('/api/uploads', {
    method: 'POST',
    headers: browserHeaders(cookie),
    body: JSON.stringify(uploadRequestBody({ fileName: file, size: bytes.length, ...declared })),
  });
  if (response.status !== 201) throw new Error(`upload request: ${response.status} ${await response.text()}`);
  const { mediaId, upload } = (await response.json()) as {
    mediaId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), file);
  const posted = await fetch(upload.url, { method: 'POST', body: form });
  if (!posted.ok) throw new Error(`storage POST: ${posted.status} ${await posted.text()}`);
  return { mediaId, bytes };
};

/** Waits for the processing triggered by storage's event (in the stack's process) to finish. */
const settled = async (test: Test, mediaId: string) => {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const record = await getMedia(test.deps, mediaId);
    if (record && record.status !== 'pending' && record.status !== 'processing') return record;
    if (Date.now() > deadline) throw new Error(`still ${record?.status} after 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const head = (test: Test, key: string) =>
  test.deps.s3.send(new HeadObjectCommand({ Bucket: test.deps.mediaBucket, Key: key }));
const exists = async (test: Test, key: string) =>
  head(test, key).then(
    () => true,
    () => false,
  );

describe('media pipeline on s3rver', () => {
  it.each([
    ['speech.mp3', 'audio/mpeg', 'audio'],
    ['speech.ogg', 'audio/ogg', 'audio'],
    ['clip.mp4', 'video/mp4', 'video'],
  ])('publishes a valid %s with its metadata and safe headers', async (file, contentType, family) => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const { mediaId, bytes } = await uploadFile(test, citizen.cookie, file, { contentType });
    const record = await settled(test, mediaId);
    expect(record.status, JSON.stringify(record.rejection)).toBe('ready');
    expect(record.family).toBe(family);
    expect(record.metadata?.durationSeconds).toBeGreaterThan(0.3);
    expect(record.publishedKey).toMatch(new RegExp(`^media/${mediaId}/[a-z0-9-]+\\.[a-z0-9]+$`));
    const published = await head(test, record.publishedKey ?? '');
    expect(published.ContentLength).toBe(bytes.length);
    expect(published.ContentType).not.toMatch(/html|svg|xml/);
    expect(published.CacheControl).toBe('public, max-age=86400, s-maxage=300');
    expect(published.ContentDisposition).toMatch(/^inline; filename="/);
    expect(await exists(test, `uploads/${mediaId}`)).toBe(false); // staged bytes gone
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: bytes.length, pending: 0 });
    // No longer listed as waiting for bytes (the daily expiry must not see it).
    const pending = await listPendingCreatedBefore(test.deps, '9999');
    expect(pending.map((m) => m.id)).not.toContain(mediaId);
  });

  it('removes GPS and EXIF from images before publishing', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const { mediaId, bytes } = await uploadFile(test, citizen.cookie, 'photo-with-gps.jpg', {
      contentType: 'image/jpeg',
    });
    expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(true);
    const record = await settled(test, mediaId);
    expect(record.status).toBe('ready');
    const object = await test.deps.s3.send(
      new GetObjectCommand({ Bucket: test.deps.mediaBucket, Key: record.publishedKey }),
    );
    const published = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    expect(published.includes(Buffer.from('Exif\0\0'))).toBe(false);
    expect(record.metadata?.width).toBeGreaterThan(0);
  });

  it.each([
    ['page.html.mp3', 'audio/mpeg'],
    ['drawing.svg.mp3', 'audio/mpeg'],
    ['archive.zip.mp3', 'audio/mpeg'],
    ['truncated.mp4', 'video/mp4'],
    ['speech.mp3', 'video/mp4'],
  ])('rejects %s declared as %s with a reason, and publishes nothing', async (file, contentType) => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const { mediaId } = await uploadFile(test, citizen.cookie, file, { contentType });
    const record = await settled(test, mediaId);
    expect(record.status).toBe('rejected');
    expect(record.rejection?.message.length).toBeGreaterThan(10);
    expect(record.publishedKey).toBeUndefined();
    expect(await exists(test, `uploads/${mediaId}`)).toBe(false);
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: 0, pending: 0 });
    const mine = (await (
      await test.app.request(`/api/me/media/${mediaId}`, { headers: { cookie: citizen.cookie } })
    ).json()) as {
      status: string;
      rejection: { code: string };
    };
    expect(mine.status).toBe('rejected');
    expect(mine.rejection.code).toBeTruthy();
  });

  it('rejects bytes that do not match the declared size', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const bytes = await readFile(join(FIXTURES, 'speech.mp3'));
    const { mediaId } = await uploadFile(test, citizen.cookie, 'speech.mp3', {
      contentType: 'audio/mpeg',
      size: bytes.length + 1,
    });
    const record = await settled(test, mediaId);
    expect(record.rejection?.code).toBe('size-mismatch');
  });

  it('stops serving the file of a medium staff hide, and serves it again when restored', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const staff = await personWithRole(test.deps, 'staff');
    const { mediaId } = await uploadFile(test, citizen.cookie, 'speech.mp3', { contentType: 'audio/mpeg' });
    const record = await settled(test, mediaId);
    const key = record.publishedKey ?? '';
    const moderate = (path: string, body?: unknown) =>
      test.app.request(`/api/moderation/media/${mediaId}/${path}`, {
        method: 'POST',
        headers: browserHeaders(staff.cookie),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await moderate('hide', { reason: 'Recorded without consent' })).status).toBe(200);
    // The files move in the work job, after the answer.
    await test.work.idle();
    expect(await exists(test, key)).toBe(false);
    expect(await exists(test, key.replace(/^media\//, 'withheld/'))).toBe(true);
    expect((await moderate('restore')).status).toBe(200);
    await test.work.idle();
    expect(await exists(test, key)).toBe(true);
    expect(await exists(test, key.replace(/^media\//, 'withheld/'))).toBe(false);
  });

  it('finishes an upload whose processing crashed mid-way, on the next delivery', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const bytes = await readFile(join(FIXTURES, 'speech.mp3'));
    const response = await test.app.request('/api/uploads', {
      method: 'POST',
      headers: browserHeaders(citizen.cookie),
      body: JSON.stringify(uploadRequestBody({ fileName: 'speech.mp3', size: bytes.length })),
    });
    const { mediaId } = (await response.json()) as { mediaId: string };
    // A first run got as far as "processing", then its Lambda died.
    const pending = await getMedia(test.deps, mediaId);
    if (!pending) throw new Error('no record');
    expect(await replaceMedia(test.deps, { ...pending, status: 'processing' }, ['pending'])).toBe(true);
    await test.deps.s3.send(
      new PutObjectCommand({ Bucket: test.deps.mediaBucket, Key: `uploads/${mediaId}`, Body: bytes }),
    );
    await processUpload(test.deps, { bucket: test.deps.mediaBucket, key: `uploads/${mediaId}`, size: bytes.length });
    const record = await settled(test, mediaId);
    expect(record.status).toBe('ready');
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: bytes.length, pending: 0 });
  });

  it('gives one result for duplicate events', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const { mediaId, bytes } = await uploadFile(test, citizen.cookie, 'speech.mp3', { contentType: 'audio/mpeg' });
    const first = await settled(test, mediaId);
    await processUpload(test.deps, { bucket: test.deps.mediaBucket, key: `uploads/${mediaId}`, size: bytes.length });
    await processUpload(test.deps, { bucket: test.deps.mediaBucket, key: `uploads/${mediaId}`, size: bytes.length });
    expect(await getMedia(test.deps, mediaId)).toEqual(first);
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: bytes.length, pending: 0 });
  });
});
