import { GetObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { expireAbandonedUploads } from '../../../functions/media/expire-abandoned-uploads.ts';
import { getUsage } from '../../../functions/media/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture, uploadRequestBody } from '../media-support.ts';
import { browserHeaders, makeTestApp, manualClock, problemOf } from '../support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;
const json = (test: Test, path: string, method: string, cookie: string | undefined, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('upload requests', () => {
  it('creates a pending medium and a presigned POST for a small file', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const response = await json(test, '/api/uploads', 'POST', citizen.cookie, uploadRequestBody());
    expect(response.status).toBe(201);
    const { mediaId, upload } = (await response.json()) as {
      mediaId: string;
      upload: { mode: string; fields: Record<string, string> };
    };
    expect(upload.mode).toBe('post');
    expect(upload.fields.key).toBe(`uploads/${mediaId}`); // the server chose the key, not the file name
    const mine = (await (
      await test.app.request(`/api/me/media/${mediaId}`, { headers: { cookie: citizen.cookie } })
    ).json()) as {
      status: string;
      attributionName: string;
      originalName: string;
    };
    expect(mine).toMatchObject({ status: 'pending', originalName: 'Le port.mp3' });
    expect(mine.attributionName).toBe(citizen.user.attributionName);
  });

  it('requires an explicit licence and refuses types and sizes outside the allow-list', async () => {
    const test = await makeTestApp();
    const { cookie } = await personWithRole(test.deps, 'citizen');
    const { licence: _omitted, ...withoutLicence } = uploadRequestBody();
    const noLicence = await problemOf(await json(test, '/api/uploads', 'POST', cookie, withoutLicence));
    expect(noLicence.errors?.[0]?.path).toBe('licence');
    const html = await problemOf(
      await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ contentType: 'text/html' })),
    );
    expect(html).toMatchObject({ status: 415 });
    const svg = await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ contentType: 'image/svg+xml' }));
    expect(svg.status).toBe(415);
    const bigImage = await problemOf(
      await json(
        test,
        '/api/uploads',
        'POST',
        cookie,
        uploadRequestBody({ contentType: 'image/jpeg', fileName: 'a.jpg', size: 21 * 1024 * 1024 }),
      ),
    );
    expect(bigImage).toMatchObject({ status: 413 });
    const thirdParty = await problemOf(
      await json(
        test,
        '/api/uploads',
        'POST',
        cookie,
        uploadRequestBody({
          authorship: { kind: 'third-party', author: 'X', source: 'https://example.org', originalLicence: 'CC-BY-4.0' },
          licence: 'CC0-1.0',
        }),
      ),
    );
    expect(thirdParty.errors?.[0]?.path).toBe('licence');
    const consent = await problemOf(
      await json(
        test,
        '/api/uploads',
        'POST',
        cookie,
        uploadRequestBody({ consent: { identifiablePeople: true, confirmed: false } }),
      ),
    );
    expect(consent.errors?.[0]?.path).toBe('consent.confirmed');
    const badPlace = await problemOf(
      await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ place: { lat: 91, lng: 0 } })),
    );
    expect(badPlace.errors?.[0]?.path).toBe('place.lat');
  });

  it('enforces the storage quota and the pending-upload limit, with the numbers', async () => {
    const test = await makeTestApp({ config: { mediaQuotaBytes: 50_000, maxPendingUploads: 2 } });
    const { cookie } = await personWithRole(test.deps, 'citizen');
    const over = await problemOf(await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ size: 60_000 })));
    expect(over).toMatchObject({ status: 413, quotaBytes: 50_000, usedBytes: 0, requestedBytes: 60_000 });
    expect((await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ size: 10_000 }))).status).toBe(201);
    expect((await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ size: 10_000 }))).status).toBe(201);
    const third = await problemOf(
      await json(test, '/api/uploads', 'POST', cookie, uploadRequestBody({ size: 10_000 })),
    );
    expect(third).toMatchObject({ status: 409, pending: 2, maxPending: 2 });
  });

  it('cancels an upload and gives the quota back', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const { mediaId } = (await (
      await json(test, '/api/uploads', 'POST', citizen.cookie, uploadRequestBody())
    ).json()) as { mediaId: string };
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: 20_000, pending: 1 });
    expect((await json(test, `/api/uploads/${mediaId}`, 'DELETE', citizen.cookie)).status).toBe(204);
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: 0, pending: 0 });
    expect((await test.app.request(`/api/me/media/${mediaId}`, { headers: { cookie: citizen.cookie } })).status).toBe(
      404,
    );
  });

  it('expires uploads whose bytes never came within 24 hours', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const citizen = await personWithRole(test.deps, 'citizen');
    const { mediaId } = (await (
      await json(test, '/api/uploads', 'POST', citizen.cookie, uploadRequestBody())
    ).json()) as { mediaId: string };
    clock.advance(25 * 60 * 60 * 1000);
    const { expired } = await expireAbandonedUploads(test.deps);
    expect(expired).toBeGreaterThanOrEqual(1);
    const mine = (await (
      await test.app.request(`/api/me/media/${mediaId}`, { headers: { cookie: citizen.cookie } })
    ).json()) as { status: string };
    expect(mine.status).toBe('expired');
    expect(await getUsage(test.deps, citizen.user.id)).toEqual({ bytes: 0, pending: 0 });
  });
});

describe('editing my media', () => {
  it('lets the uploader edit, open the licence further, but never close it', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const media = await readyMediaFixture(test.deps, citizen.user.id, { licence: 'CC-BY-SA-4.0' });
    const opened = await json(test, `/api/media/${media.id}`, 'PATCH', citizen.cookie, {
      licence: 'CC-BY-4.0',
      transcript: 'Bonjour le port.',
    });
    expect(await opened.json()).toMatchObject({ licence: 'CC-BY-4.0', transcript: 'Bonjour le port.' });
    const closed = await problemOf(
      await json(test, `/api/media/${media.id}`, 'PATCH', citizen.cookie, { licence: 'CC-BY-NC-4.0' }),
    );
    expect(closed).toMatchObject({ status: 409, allowed: ['CC0-1.0', 'CC-BY-4.0'] });
    const other = await personWithRole(test.deps, 'citizen');
    expect((await json(test, `/api/media/${media.id}`, 'PATCH', other.cookie, { title: 'Mine now' })).status).toBe(403);
  });

  it('accepts valid WebVTT captions on a video and refuses invalid ones', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const video = await readyMediaFixture(test.deps, citizen.user.id, { family: 'video' });
    const put = (text: string, type = 'text/vtt') =>
      test.app.request(`/api/media/${video.id}/captions/fr`, {
        method: 'PUT',
        headers: browserHeaders(citizen.cookie, { 'content-type': type }),
        body: text,
      });
    const ok = await put('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nLe vent se lève.\n');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { captions: unknown[] }).captions).toEqual([
      { language: 'fr', url: `/media/${video.id}/captions.fr.vtt` },
    ]);
    const notVtt = await problemOf(await put('<html>not captions</html>'));
    expect(notVtt).toMatchObject({ status: 400 });
    const backwards = await problemOf(await put('WEBVTT\n\n00:00:03.000 --> 00:00:01.000\nOops\n'));
    expect(backwards.errors?.[0]?.path).toBe('line 3');
    expect((await put('WEBVTT\n', 'application/json')).status).toBe(415);
    const audio = await readyMediaFixture(test.deps, citizen.user.id);
    const onAudio = await test.app.request(`/api/media/${audio.id}/captions/fr`, {
      method: 'PUT',
      headers: browserHeaders(citizen.cookie, { 'content-type': 'text/vtt' }),
      body: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nx\n',
    });
    expect(onAudio.status).toBe(409);
  });

  it('takes the captions of a long video (over the API’s usual 64 KB), up to their own documented limit', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const video = await readyMediaFixture(test.deps, citizen.user.id, { family: 'video' });
    const at = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 23);
    const captionsOf = (cues: number) =>
      [
        'WEBVTT\n',
        ...Array.from(
          { length: cues },
          (_, i) => `${at(i * 3)} --> ${at(i * 3 + 2)}\nRéplique ${i} : le vent se lève sur la rade.\n`,
        ),
      ].join('\n');
    const put = (text: string) =>
      test.app.request(`/api/media/${video.id}/captions/fr`, {
        method: 'PUT',
        headers: browserHeaders(citizen.cookie, { 'content-type': 'text/vtt' }),
        body: text,
      });
    const twoHours = captionsOf(2400); // a cue every 3 s for two hours
    expect(new TextEncoder().encode(twoHours).byteLength).toBeGreaterThan(64 * 1024);
    const accepted = await put(twoHours);
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    const stored = await test.deps.s3.send(
      new GetObjectCommand({ Bucket: test.deps.mediaBucket, Key: `media/${video.id}/captions.fr.vtt` }),
    );
    expect(await stored.Body?.transformToString()).toBe(twoHours);

    const tooLong = captionsOf(20_000);
    expect(new TextEncoder().encode(tooLong).byteLength).toBeGreaterThan(1024 * 1024);
    expect(await problemOf(await put(tooLong))).toMatchObject({
      status: 413,
      detail: expect.stringContaining('1048576'),
    });
    // Every other route keeps the usual limit.
    const bigEdit = await test.app.request(`/api/media/${video.id}`, {
      method: 'PATCH',
      headers: browserHeaders(citizen.cookie),
      body: JSON.stringify({ transcript: 'x'.repeat(70 * 1024) }),
    });
    expect(bigEdit.status).toBe(413);
  });

  it('shows a published medium publicly in one read, with its attribution', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const media = await readyMediaFixture(test.deps, citizen.user.id);
    const response = await test.app.request(`/api/media/${media.id}`);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    expect(await response.json()).toMatchObject({
      title: 'Fixture',
      attributionName: 'Fixture Author',
      licence: 'CC-BY-SA-4.0',
      url: `/media/${media.id}/fixture.mp3`,
      contributorId: citizen.user.id,
    });
    const pending = await readyMediaFixture(test.deps, citizen.user.id, { status: 'pending' });
    expect((await test.app.request(`/api/media/${pending.id}`)).status).toBe(404);
  });
});

describe('moderation after the fact', () => {
  it('hides a medium after three flags, and staff restore it', async () => {
    const test = await makeTestApp();
    const owner = await personWithRole(test.deps, 'citizen');
    const media = await readyMediaFixture(test.deps, owner.user.id);
    const flaggers = await Promise.all([1, 2, 3].map(() => personWithRole(test.deps, 'citizen')));
    const results = [];
    for (const flagger of flaggers) {
      results.push(
        await (
          await json(test, `/api/media/${media.id}/flags`, 'POST', flagger.cookie, { reason: 'Hateful words' })
        ).json(),
      );
    }
    expect(results).toEqual([{ hidden: false }, { hidden: false }, { hidden: true }]);
    expect((await test.app.request(`/api/media/${media.id}`)).status).toBe(404);
    const again = await json(test, `/api/media/${media.id}/flags`, 'POST', flaggers[0]?.cookie, {
      reason: 'Still bad',
    });
    expect(again.status).toBe(409);

    const staff = await personWithRole(test.deps, 'staff');
    const queue = (await (
      await test.app.request('/api/moderation/queue?limit=100', { headers: { cookie: staff.cookie } })
    ).json()) as {
      items: { media: { id: string }; flags: { reason: string }[]; uploader: { mediaCount: number } }[];
    };
    const item = queue.items.find((i) => i.media.id === media.id);
    expect(item?.flags.map((f) => f.reason)).toEqual(['Hateful words', 'Hateful words', 'Hateful words']);
    expect(item?.uploader.mediaCount).toBe(1);

    const mine = (await (
      await test.app.request(`/api/me/media/${media.id}`, { headers: { cookie: owner.cookie } })
    ).json()) as {
      status: string;
      hidden: { by: string };
    };
    expect(mine).toMatchObject({ status: 'hidden', hidden: { by: 'flags' } });

    const restored = await json(test, `/api/moderation/media/${media.id}/restore`, 'POST', staff.cookie);
    expect(await restored.json()).toMatchObject({ status: 'ready', openFlags: 0 });
    expect((await test.app.request(`/api/media/${media.id}`)).status).toBe(200);
  });

  it('counts concurrent flags exactly', async () => {
    const test = await makeTestApp({ config: { flagsToHide: 100 } });
    const owner = await personWithRole(test.deps, 'citizen');
    const media = await readyMediaFixture(test.deps, owner.user.id);
    const flaggers = await Promise.all(Array.from({ length: 6 }, () => personWithRole(test.deps, 'citizen')));
    const statuses = await Promise.all(
      flaggers.map(
        async (f) =>
          (await json(test, `/api/media/${media.id}/flags`, 'POST', f.cookie, { reason: 'Spam spam' })).status,
      ),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
    const mine = (await (
      await test.app.request(`/api/me/media/${media.id}`, { headers: { cookie: owner.cookie } })
    ).json()) as {
      openFlags: number;
    };
    expect(mine.openFlags).toBe(6);
  });

  it('lets staff hide with a reason the uploader reads, or delete', async () => {
    const test = await makeTestApp();
    const owner = await personWithRole(test.deps, 'citizen');
    const staff = await personWithRole(test.deps, 'staff');
    const first = await readyMediaFixture(test.deps, owner.user.id, { openFlags: 1 });
    await json(test, `/api/moderation/media/${first.id}/hide`, 'POST', staff.cookie, {
      reason: 'Recorded without consent',
    });
    const mine = (await (
      await test.app.request(`/api/me/media/${first.id}`, { headers: { cookie: owner.cookie } })
    ).json()) as {
      status: string;
      hidden: { by: string; reason: string };
    };
    expect(mine).toMatchObject({ status: 'hidden', hidden: { by: 'staff', reason: 'Recorded without consent' } });
    const second = await readyMediaFixture(test.deps, owner.user.id, { openFlags: 1 });
    expect((await json(test, `/api/moderation/media/${second.id}`, 'DELETE', staff.cookie)).status).toBe(204);
    expect((await test.app.request(`/api/me/media/${second.id}`, { headers: { cookie: owner.cookie } })).status).toBe(
      404,
    );
  });
});

describe('contributor page and my data', () => {
  it('shows published media of contributors who made their page public', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    await readyMediaFixture(test.deps, citizen.user.id);
    await readyMediaFixture(test.deps, citizen.user.id, { status: 'rejected' });
    expect((await test.app.request(`/api/contributors/${citizen.user.id}`)).status).toBe(404);
    await json(test, '/api/me', 'PATCH', citizen.cookie, { publicProfile: true });
    const page = (await (await test.app.request(`/api/contributors/${citizen.user.id}`)).json()) as {
      media: unknown[];
    };
    expect(page.media).toHaveLength(1);
  });

  it.each([
    ['keep-credited', 200, 'Fixture Author'],
    ['keep-anonymous', 200, 'anonymous'],
    ['withdraw', 404, undefined],
  ] as const)('applies the "%s" erasure choice to published media', async (choice, status, credit) => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const media = await readyMediaFixture(test.deps, citizen.user.id);
    const pending = await readyMediaFixture(test.deps, citizen.user.id, { status: 'pending' });
    const exported = (await (
      await test.app.request('/api/me/export', { headers: { cookie: citizen.cookie } })
    ).json()) as {
      media: { id: string }[];
    };
    expect(exported.media.map((m) => m.id).sort()).toEqual([media.id, pending.id].sort());
    const erased = await json(test, '/api/me', 'DELETE', citizen.cookie, {
      confirmEmail: citizen.user.email,
      contributions: choice,
    });
    expect(erased.status).toBe(202);
    await test.work.idle();
    const after = await test.app.request(`/api/media/${media.id}`);
    expect(after.status).toBe(status);
    if (credit) {
      const body = (await after.json()) as { attributionName: string; contributorId?: string };
      expect(body.attributionName).toBe(credit);
      expect(body.contributorId).toBeUndefined();
    }
    const { getMedia } = await import('../../../functions/media/store.ts');
    expect(await getMedia(test.deps, pending.id)).toBeUndefined();
  });
});
