import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { processUpload } from '../../../functions/media/process-upload.ts';
import { getMedia, getUsage } from '../../../functions/media/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { uploadRequestBody } from '../media-support.ts';
import { browserHeaders, makeTestApp, manualClock, problemOf } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { loanFixture } from './provenance-support.ts';

/**
 * What the equipment made: a citizen names one of their loans (out, or returned in the last 30
 * days) when uploading; lending checks it and media keeps a copy of the kit. The model's list of
 * published media made with it is one Query, and follows the medium: ready only, off on hide,
 * delete and erasure.
 */

type Test = Awaited<ReturnType<typeof makeTestApp>>;
const DAY = 24 * 60 * 60 * 1000;
const FIXTURES = join(import.meta.dirname, '../../fixtures/media');

const send = (test: Test, path: string, method: string, cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const setUp = async () => {
  const clock = manualClock(new Date('2026-12-01T09:00:00Z'));
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, {
    pointIds: [point.id],
    category: 'audio-recorder',
    units: 1,
    overrides: { name: 'Zoom H5' },
  });
  const unit = units[0];
  if (!unit) throw new Error('no unit');
  const person = await personWithRole(test.deps, 'citizen');
  const loan = (
    status: 'out' | 'returned' | 'cancelled' | 'reserved' | 'no-show',
    returnedDaysAgo = 2,
    userId = person.user.id,
  ) =>
    loanFixture(test.deps, {
      userId,
      modelId: model.id,
      unitId: unit.id,
      pointId: point.id,
      status,
      returnedAt: new Date(clock.now().getTime() - returnedDaysAgo * DAY).toISOString(),
    });
  return { test, clock, point, model, unit, person, loan };
};

/** Requests an upload naming `loanId`, sends the bytes to storage and runs the processing step. */
const uploadRecordedWith = async (test: Test, cookie: string, loanId: string, title = 'Le port au petit matin') => {
  const bytes = await readFile(join(FIXTURES, 'speech.mp3'));
  const response = await send(
    test,
    '/api/uploads',
    'POST',
    cookie,
    uploadRequestBody({ fileName: 'speech.mp3', size: bytes.length, title, recordedWithLoan: loanId }),
  );
  expect(response.status).toBe(201);
  const { mediaId } = (await response.json()) as { mediaId: string };
  const process = async () => {
    const key = `uploads/${mediaId}`;
    await test.deps.s3.send(new PutObjectCommand({ Bucket: test.deps.mediaBucket, Key: key, Body: bytes }));
    await processUpload(test.deps, { bucket: test.deps.mediaBucket, key, size: bytes.length });
  };
  return { mediaId, process };
};

const madeWith = async (test: Test, modelId: string) => {
  const response = await test.app.request(`/api/media/recorded-with/${modelId}`);
  expect(response.status).toBe(200);
  return {
    cacheControl: response.headers.get('cache-control'),
    ...((await response.json()) as {
      count: number;
      complete: boolean;
      media: { id: string; title: string; recordedWith?: Record<string, unknown> }[];
    }),
  };
};

describe('the loans a recording may name', () => {
  it('lists the person’s loans out or returned in the last 30 days, with the kit named', async () => {
    const { test, point, model, unit, person, loan } = await setUp();
    const out = await loan('out');
    const recent = await loan('returned', 29);
    await loan('returned', 31);
    await loan('cancelled');
    await loan('reserved');
    await loan('no-show');
    const someoneElse = await personWithRole(test.deps, 'citizen');
    await loan('out', 0, someoneElse.user.id);

    const response = await test.app.request('/api/uploads/recorded-with', { headers: { cookie: person.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { loans } = (await response.json()) as { loans: Record<string, unknown>[] };
    const kit = {
      modelId: model.id,
      modelName: 'Zoom H5',
      assetTag: unit.assetTag,
      pointId: point.id,
      pointName: point.name,
    };
    expect(loans).toEqual([
      { ...kit, reservationId: out.id, status: 'out' },
      { ...kit, reservationId: recent.id, status: 'returned', returnedAt: recent.takeBack?.at },
    ]);
    expect((await test.app.request('/api/uploads/recorded-with')).status).toBe(401);
  });

  it('refuses someone else’s loan, an old one, a cancelled one, one never handed over, with a clear problem', async () => {
    const { test, person, loan } = await setUp();
    const someoneElse = await personWithRole(test.deps, 'citizen');
    const theirs = await loan('out', 0, someoneElse.user.id);
    const old = await loan('returned', 31);
    const cancelled = await loan('cancelled');
    const reserved = await loan('reserved');
    const refusal = async (loanId: string) =>
      problemOf(
        await send(test, '/api/uploads', 'POST', person.cookie, uploadRequestBody({ recordedWithLoan: loanId })),
      );

    const notTheirs = await refusal(theirs.id);
    expect(notTheirs).toMatchObject({ status: 403, type: 'urn:communs:problem:forbidden' });
    expect(notTheirs.detail).toMatch(/someone else/);
    expect(notTheirs.errors?.[0]?.path).toBe('recordedWithLoan');
    const tooOld = await refusal(old.id);
    expect(tooOld).toMatchObject({ status: 409 });
    expect(tooOld.detail).toMatch(/more than 30 days ago/);
    expect(await refusal(cancelled.id)).toMatchObject({ status: 409, detail: expect.stringMatching(/cancelled/) });
    expect(await refusal(reserved.id)).toMatchObject({
      status: 409,
      detail: expect.stringMatching(/not been handed over/),
    });
    expect(await refusal('no-such-loan')).toMatchObject({ status: 404 });
    // Nothing was reserved for the refused uploads.
    expect(await getUsage(test.deps, person.user.id)).toEqual({ bytes: 0, pending: 0 });
  });
});

describe('what a model made', () => {
  it('keeps the kit on the medium and lists it on the model once ready, in one cacheable read', async () => {
    const { test, point, model, unit, person, loan } = await setUp();
    const out = await loan('out');
    const { mediaId, process } = await uploadRecordedWith(test, person.cookie, out.id);

    // Pending: not published, not listed.
    const pending = await madeWith(test, model.id);
    expect(pending).toMatchObject({ count: 0, media: [] });
    expect((await getMedia(test.deps, mediaId))?.recordedWith).toEqual({
      reservationId: out.id,
      modelId: model.id,
      modelName: 'Zoom H5',
      assetTag: unit.assetTag,
      pointId: point.id,
      pointName: point.name,
    });

    const seen = test.edgeCache.invalidations.length;
    await process();
    expect((await getMedia(test.deps, mediaId))?.status).toBe('ready');
    // The api run's shared local stack (global-setup) also processes what lands under `uploads/`
    // (its S3 events), with its own edge cache: when it got there first, the invalidation is its
    // own and ours found the medium ready. When ours published it, our cache was told. (The
    // request-driven changes below — hide, delete — are asserted without this race.)
    const ours = test.edgeCache.invalidations.slice(seen).flat();
    if (ours.length > 0) expect(ours).toContain(`/api/media/recorded-with/${model.id}`);

    const listed = await madeWith(test, model.id);
    expect(listed.cacheControl).toMatch(/^public/);
    expect(listed).toMatchObject({ count: 1, complete: true });
    expect(listed.media.map((m) => m.id)).toEqual([mediaId]);
    // The public never learns whose loan it was.
    const publicView = (await (await test.app.request(`/api/media/${mediaId}`)).json()) as {
      recordedWith: Record<string, unknown>;
    };
    expect(publicView.recordedWith).toEqual({
      modelId: model.id,
      modelName: 'Zoom H5',
      assetTag: unit.assetTag,
      pointId: point.id,
      pointName: point.name,
    });
    expect(listed.media[0]?.recordedWith).toEqual(publicView.recordedWith);
    const own = (await (
      await test.app.request(`/api/me/media/${mediaId}`, { headers: { cookie: person.cookie } })
    ).json()) as { recordedWith: Record<string, unknown> };
    expect(own.recordedWith).toMatchObject({ reservationId: out.id });
    // Another model's list is not this one's.
    const other = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    expect(await madeWith(test, other.model.id)).toMatchObject({ count: 0, media: [] });
  });

  it('takes a hidden medium off the list, puts it back on restore, and drops a deleted one', async () => {
    const { test, model, person, loan } = await setUp();
    const staff = await personWithRole(test.deps, 'staff');
    const out = await loan('out');
    const first = await uploadRecordedWith(test, person.cookie, out.id, 'Premier');
    await first.process();
    const second = await uploadRecordedWith(test, person.cookie, out.id, 'Second');
    await second.process();
    expect((await madeWith(test, model.id)).count).toBe(2);

    let seen = test.edgeCache.invalidations.length;
    const hidden = await send(test, `/api/moderation/media/${first.mediaId}/hide`, 'POST', staff.cookie, {
      reason: 'Recorded without consent',
    });
    expect(hidden.status).toBe(200);
    expect(test.edgeCache.invalidations.slice(seen).flat()).toContain(`/api/media/recorded-with/${model.id}`);
    expect((await madeWith(test, model.id)).media.map((m) => m.title)).toEqual(['Second']);

    await send(test, `/api/moderation/media/${first.mediaId}/restore`, 'POST', staff.cookie);
    expect((await madeWith(test, model.id)).count).toBe(2);

    seen = test.edgeCache.invalidations.length;
    expect((await send(test, `/api/media/${second.mediaId}`, 'DELETE', person.cookie)).status).toBe(204);
    expect(test.edgeCache.invalidations.slice(seen).flat()).toContain(`/api/media/recorded-with/${model.id}`);
    const after = await madeWith(test, model.id);
    expect(after).toMatchObject({ count: 1 });
    expect(after.media.map((m) => m.id)).toEqual([first.mediaId]);
  });

  it('exports the loan with the medium, and erasure keeps the medium without it', async () => {
    const { test, model, person, loan } = await setUp();
    const returned = await loan('returned', 3);
    const { mediaId, process } = await uploadRecordedWith(test, person.cookie, returned.id);
    await process();

    const exported = (await (
      await test.app.request('/api/me/export', { headers: { cookie: person.cookie } })
    ).json()) as {
      media: { id: string; recordedWith?: { reservationId?: string } }[];
    };
    expect(exported.media.find((m) => m.id === mediaId)?.recordedWith?.reservationId).toBe(returned.id);

    const seen = test.edgeCache.invalidations.length;
    const erased = await send(test, '/api/me', 'DELETE', person.cookie, {
      confirmEmail: person.user.email,
      contributions: 'keep-credited',
    });
    expect(erased.status).toBe(202);
    await test.work.idle();
    const kept = await getMedia(test.deps, mediaId);
    expect(kept).toMatchObject({ status: 'ready', ownerErased: true });
    expect(kept?.recordedWith).toBeUndefined();
    expect(await madeWith(test, model.id)).toMatchObject({ count: 0, media: [] });
    expect(test.edgeCache.invalidations.slice(seen).flat()).toContain(`/api/media/recorded-with/${model.id}`);
  });

  it('refuses a model id that is not one', async () => {
    const { test } = await setUp();
    expect((await test.app.request('/api/media/recorded-with/Not%20a%20model')).status).toBe(400);
  });
});
