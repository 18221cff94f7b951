import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hideMedia } from '../../../functions/media/moderate-media.ts';
import { hideProject, restoreProject } from '../../../functions/projects/moderate-project.ts';
import { getTrail } from '../../../functions/trails/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { joinFixture, projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp, problemOf, uniqueViewerAddress } from '../support.ts';
import { QUAY_STOPS, stopAudioFixture, trailFixture } from '../trails-support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;
const call = (test: Test, path: string, method = 'GET', cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

interface Detail {
  id: string;
  status: string;
  stops: { id: string; title: string; radius: number; media: { id: string; transcript?: string }[] }[];
  route: { coordinates: number[][] } | null;
  distanceMetres: number;
  walkingMinutes: number;
  credits: { attributionName: string; works: { licence: string }[] }[];
  forkedFrom?: { id: string; credits: unknown[] };
  downloadBytes: number;
}
interface Editor {
  trail: Detail;
  version: number;
  canEdit: boolean;
  canContribute: boolean;
  missing: { code: string; stopId?: string }[];
  proposals: { id: string; kind: string; stop?: { title: string } }[];
}

const setUp = async () => {
  const test = await makeTestApp();
  const steward = await personWithRole(test.deps, 'citizen');
  return { test, steward };
};

describe('building and publishing a trail', () => {
  it('a steward creates a draft, adds stops, publishes it; residents then read it in one response', async () => {
    const { test, steward } = await setUp();
    const project = await projectFixture(test.deps, steward.user.id);
    const created = await call(test, '/api/trails', 'POST', steward.cookie, {
      projectSlug: project.slug,
      title: 'Rive droite à l’oreille',
      description: 'Une **balade**.',
      languages: ['fr', 'br'],
      area: 'Recouvrance',
    });
    expect(created.status).toBe(201);
    const editor = await json<Editor>(created);
    const id = editor.trail.id;
    expect(id).toMatch(/^rive-droite-a-l-oreille/);
    expect(editor).toMatchObject({ canEdit: true, missing: [{ code: 'no-stops' }] });

    // A draft is its project's business.
    expect((await call(test, `/api/trails/${id}`)).status).toBe(404);
    expect((await call(test, `/api/trails/${id}.gpx`)).status).toBe(404);

    for (const place of QUAY_STOPS.slice(0, 2)) {
      const medium = await stopAudioFixture(test.deps, steward.user.id);
      const added = await call(test, `/api/trails/${id}/stops`, 'POST', steward.cookie, {
        ...place,
        text: 'Regardez.',
        mediaIds: [medium.id],
      });
      expect(added.status).toBe(201);
      expect(await added.json()).toMatchObject({ outcome: 'published', stopId: expect.any(String) });
    }
    const published = await call(test, `/api/trails/${id}/publish`, 'POST', steward.cookie);
    expect(published.status).toBe(200);
    expect((await json<Editor>(published)).missing).toEqual([]);

    const page = await call(test, `/api/trails/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('public');
    const detail = await json<Detail>(page);
    expect(detail.status).toBe('published');
    expect(detail.stops.map((s) => [s.title, s.radius])).toEqual([
      ['Le pont', 30],
      ['La tour', 30],
    ]);
    expect(detail.stops[0]?.media[0]?.transcript).toContain('pont');
    expect(detail.route?.coordinates).toHaveLength(2);
    expect(detail.distanceMetres).toBeGreaterThan(140);
    expect(detail.walkingMinutes).toBe(Math.ceil(detail.distanceMetres / 75));
    expect(detail.credits).toEqual([expect.objectContaining({ attributionName: 'Fixture Author' })]);
    expect(detail.downloadBytes).toBe(2000);

    const list = await json<{ items: { id: string; stopCount: number; start: unknown }[] }>(
      await call(test, '/api/trails?area=recouvrance&language=br'),
    );
    expect(list.items.find((t) => t.id === id)).toMatchObject({ stopCount: 2, start: { lat: 48.3841, lng: -4.4953 } });
    const otherLanguage = await json<{ items: { id: string }[] }>(await call(test, '/api/trails?language=en'));
    expect(otherLanguage.items.some((t) => t.id === id)).toBe(false);
    const mine = await json<{ items: { id: string; status: string }[] }>(
      await call(test, '/api/me/trails', 'GET', steward.cookie),
    );
    expect(mine.items).toEqual([expect.objectContaining({ id, status: 'published' })]);
    const projects = await json<{ items: unknown[] }>(await call(test, '/api/me/projects', 'GET', steward.cookie));
    expect(projects.items).toEqual([{ slug: project.slug, title: project.title, role: 'steward' }]);
  });

  it('refuses to publish until every stop has a ready medium, audio a transcript and video captions (409 listing them)', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id, { stops: 1, publish: false });
    const bare = await call(test, `/api/trails/${trail.id}/stops`, 'POST', steward.cookie, {
      title: 'Sans média',
      lat: 48.385,
      lng: -4.5,
    });
    expect(bare.status).toBe(201);
    const silent = await stopAudioFixture(test.deps, steward.user.id, { transcript: undefined });
    const video = await readyMediaFixture(test.deps, steward.user.id, { family: 'video' });
    for (const mediaId of [silent.id, video.id])
      expect(
        (await call(test, `/api/trails/${trail.id}/stops/${stopIds[0]}/media`, 'POST', steward.cookie, { mediaId }))
          .status,
      ).toBe(201);

    const refused = await problemOf(await call(test, `/api/trails/${trail.id}/publish`, 'POST', steward.cookie));
    expect(refused.status).toBe(409);
    expect(((refused as { missing?: { code: string }[] }).missing ?? []).map((m) => m.code).sort()).toEqual([
      'audio-without-transcript',
      'stop-without-media',
      'video-without-captions',
    ]);
    const editor = await json<Editor>(await call(test, `/api/trails/${trail.id}/editor`, 'GET', steward.cookie));
    expect(editor.missing).toHaveLength(3);
    expect((await call(test, `/api/trails/${trail.id}`)).status).toBe(404);
  });

  it('edits a stop, draws a route and goes back to the stops’ line', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id);
    const edited = await call(test, `/api/trails/${trail.id}/stops/${stopIds[0]}`, 'PATCH', steward.cookie, {
      title: 'Le pont levant',
      radius: 45,
    });
    expect(edited.status).toBe(200);
    expect((await json<Editor>(edited)).trail.stops[0]).toMatchObject({ title: 'Le pont levant', radius: 45 });
    const route = {
      type: 'LineString',
      coordinates: [
        [-4.4953, 48.3841],
        [-4.496, 48.385],
        [-4.4972, 48.3836],
      ],
    };
    const drawn = await json<Editor>(await call(test, `/api/trails/${trail.id}`, 'PATCH', steward.cookie, { route }));
    expect(drawn.trail).toMatchObject({ routeSource: 'drawn', route });
    const summary = await getTrail(test.deps, trail.id);
    expect(summary?.distanceMetres).toBe(drawn.trail.distanceMetres);
    const derived = await json<Editor>(
      await call(test, `/api/trails/${trail.id}`, 'PATCH', steward.cookie, { route: null }),
    );
    expect(derived.trail).toMatchObject({ routeSource: 'stops' });
    expect(derived.trail.route?.coordinates).toHaveLength(2);
  });

  it('only admins feature a trail', async () => {
    const { test, steward } = await setUp();
    const admin = await personWithRole(test.deps, 'admin');
    const { trail } = await trailFixture(test.deps, steward.user.id);
    expect((await call(test, `/api/trails/${trail.id}`, 'PATCH', steward.cookie, { featured: true })).status).toBe(403);
    expect((await call(test, `/api/trails/${trail.id}`, 'PATCH', admin.cookie, {})).status).toBe(403);
    expect((await call(test, `/api/trails/${trail.id}`, 'PATCH', admin.cookie, { area: 'Siam' })).status).toBe(403);
    expect((await call(test, `/api/trails/${trail.id}`, 'PATCH', admin.cookie, { featured: true })).status).toBe(200);
    const featured = await json<{ items: { id: string }[] }>(await call(test, '/api/trails?featured=true'));
    expect(featured.items.map((t) => t.id)).toContain(trail.id);
  });

  it('unpublishes and deletes (the media stay their contributors’)', async () => {
    const { test, steward } = await setUp();
    const { trail, media } = await trailFixture(test.deps, steward.user.id);
    expect((await call(test, `/api/trails/${trail.id}/unpublish`, 'POST', steward.cookie)).status).toBe(200);
    expect((await call(test, `/api/trails/${trail.id}`)).status).toBe(404);
    expect((await call(test, `/api/trails/${trail.id}`, 'DELETE', steward.cookie)).status).toBe(204);
    expect((await call(test, `/api/trails/${trail.id}/editor`, 'GET', steward.cookie)).status).toBe(404);
    expect((await call(test, `/api/media/${media[0]?.id}`)).status).toBe(200);
  });
});

describe('bad input gets a clear answer', () => {
  it('refuses coordinates out of range, a radius ≤ 0, media not ready or not yours', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id, { publish: false });
    const stop = (extra: Record<string, unknown>) =>
      call(test, `/api/trails/${trail.id}/stops`, 'POST', steward.cookie, {
        title: 'x',
        lat: 48.38,
        lng: -4.49,
        ...extra,
      });
    const latitude = await problemOf(await stop({ lat: 91 }));
    expect(latitude).toMatchObject({ status: 400, errors: [expect.objectContaining({ path: 'lat' })] });
    expect((await problemOf(await stop({ lng: -181 }))).status).toBe(400);
    const radius = await problemOf(await stop({ radius: 0 }));
    expect(radius).toMatchObject({ status: 400, errors: [expect.objectContaining({ path: 'radius' })] });
    const pending = await readyMediaFixture(test.deps, steward.user.id, { status: 'processing' });
    expect(await problemOf(await stop({ mediaIds: [pending.id] }))).toMatchObject({
      status: 409,
      reason: 'not-ready',
      mediaId: pending.id,
    });
    const someoneElse = await personWithRole(test.deps, 'citizen');
    const theirs = await stopAudioFixture(test.deps, someoneElse.user.id);
    const mine = await stopAudioFixture(test.deps, steward.user.id);
    expect(await problemOf(await stop({ mediaIds: [mine.id, theirs.id] }))).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'mediaIds.1' })],
    });
  });

  it('refuses a medium under a licence outside the policy, naming the allowed licences', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id, {
      input: { licencePolicy: ['CC0-1.0', 'CC-BY-SA-4.0'] },
    });
    const nonCommercial = await stopAudioFixture(test.deps, steward.user.id, { licence: 'CC-BY-NC-4.0' });
    const refused = await problemOf(
      await call(test, `/api/trails/${trail.id}/stops/${stopIds[0]}/media`, 'POST', steward.cookie, {
        mediaId: nonCommercial.id,
      }),
    );
    expect(refused).toMatchObject({
      status: 409,
      reason: 'licence-outside-policy',
      allowedLicences: ['CC0-1.0', 'CC-BY-SA-4.0'],
      mediaId: nonCommercial.id,
    });
    expect(refused.detail).toContain('CC0 1.0, CC BY-SA 4.0');
    // Narrowing the policy below the media already there is refused too.
    const narrowed = await problemOf(
      await call(test, `/api/trails/${trail.id}`, 'PATCH', steward.cookie, { licencePolicy: ['CC0-1.0'] }),
    );
    expect(narrowed.status).toBe(409);
    expect((narrowed as { problems?: unknown[] }).problems).toContainEqual(
      expect.objectContaining({ reason: 'share-alike' }),
    );
  });

  it('a published trail only takes accessible media', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id);
    const silent = await stopAudioFixture(test.deps, steward.user.id, { transcript: undefined });
    const refused = await problemOf(
      await call(test, `/api/trails/${trail.id}/stops/${stopIds[0]}/media`, 'POST', steward.cookie, {
        mediaId: silent.id,
      }),
    );
    expect(refused).toMatchObject({
      status: 409,
      missing: [expect.objectContaining({ code: 'audio-without-transcript' })],
    });
  });

  it('reorders only with every stop exactly once', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id, { stops: 3 });
    const { version } = (await getTrail(test.deps, trail.id)) ?? { version: -1 };
    const [a, b, c] = stopIds as [string, string, string];
    const order = (stops: string[]) =>
      call(test, `/api/trails/${trail.id}/stop-order`, 'PUT', steward.cookie, { stopIds: stops, version });
    expect(await problemOf(await order([a, b]))).toMatchObject({ status: 400, missing: [c] });
    expect(await problemOf(await order([a, a, b, c]))).toMatchObject({ status: 400, duplicates: [a] });
    expect(await problemOf(await order([a, b, crypto.randomUUID()]))).toMatchObject({ status: 400 });
    const reordered = await order([c, a, b]);
    expect(reordered.status).toBe(200);
    expect((await json<Editor>(reordered)).trail.stops.map((s) => s.id)).toEqual([c, a, b]);
    // The same version again is stale now.
    expect((await problemOf(await order([a, b, c]))).status).toBe(409);
  });

  it('of concurrent reorders exactly one wins and no stop is lost, even with a stop added meanwhile', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id, { stops: 3 });
    const { version } = (await getTrail(test.deps, trail.id)) ?? { version: -1 };
    const orders = [[...stopIds].reverse(), [stopIds[1], stopIds[0], stopIds[2]], [stopIds[2], stopIds[0], stopIds[1]]];
    const race = await Promise.all(
      orders.map((stops) =>
        call(test, `/api/trails/${trail.id}/stop-order`, 'PUT', steward.cookie, { stopIds: stops, version }),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    // Again, racing a new stop: the stop always lands, a reorder read before it never wins.
    const { version: next } = (await getTrail(test.deps, trail.id)) ?? { version: -1 };
    const medium = await stopAudioFixture(test.deps, steward.user.id);
    const [added, ...results] = await Promise.all([
      call(test, `/api/trails/${trail.id}/stops`, 'POST', steward.cookie, {
        title: 'Ajouté',
        lat: 48.386,
        lng: -4.5,
        mediaIds: [medium.id],
      }),
      ...orders.map((stops) =>
        call(test, `/api/trails/${trail.id}/stop-order`, 'PUT', steward.cookie, { stopIds: stops, version: next }),
      ),
    ]);
    expect(added?.status).toBe(201);
    // At most one reorder wins; the others are stale (409) or, when they read the trail after the
    // new stop landed, no longer name every stop (400).
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(1);
    expect(statuses.every((s) => [200, 400, 409].includes(s))).toBe(true);
    const after = await getTrail(test.deps, trail.id);
    expect(after?.stopOrder).toHaveLength(4);
    expect(new Set(after?.stopOrder)).toEqual(new Set([...stopIds, (await added?.json())?.stopId]));
  });

  it('stops added at once all land, in some order, none lost', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id, { stops: 1 });
    const media = await Promise.all(Array.from({ length: 8 }, () => stopAudioFixture(test.deps, steward.user.id)));
    const added = await Promise.all(
      media.map((medium, index) =>
        call(test, `/api/trails/${trail.id}/stops`, 'POST', steward.cookie, {
          title: `Arrêt ${index}`,
          lat: 48.38 + index / 1000,
          lng: -4.5,
          mediaIds: [medium.id],
        }),
      ),
    );
    expect(added.map((r) => r.status)).toEqual(Array(8).fill(201));
    const detail = await json<Detail>(await call(test, `/api/trails/${trail.id}`));
    expect(detail.stops).toHaveLength(9);
    expect((await getTrail(test.deps, trail.id))?.stopCount).toBe(9);
  });
});

describe('contributions follow the trail’s modes', () => {
  it('members-only trails refuse other citizens; members contribute at once on publish-first trails', async () => {
    const { test, steward } = await setUp();
    const { trail, project } = await trailFixture(test.deps, steward.user.id, {
      input: { contributionMode: 'members', moderationMode: 'publish-first' },
    });
    const outsider = await personWithRole(test.deps, 'citizen');
    const theirs = await stopAudioFixture(test.deps, outsider.user.id);
    const body = { title: 'Chez moi', lat: 48.387, lng: -4.5, mediaIds: [theirs.id] };
    expect((await call(test, `/api/trails/${trail.id}/stops`, 'POST', outsider.cookie, body)).status).toBe(403);
    await joinFixture(test.deps, project.slug, outsider.user.id);
    const added = await call(test, `/api/trails/${trail.id}/stops`, 'POST', outsider.cookie, body);
    expect(await added.json()).toMatchObject({ outcome: 'published' });
    const detail = await json<Detail>(await call(test, `/api/trails/${trail.id}`));
    expect(detail.stops.at(-1)).toMatchObject({ title: 'Chez moi', contributorName: expect.any(String) });
    // Moderation after publication: a steward takes the stop off.
    const stopId = detail.stops.at(-1)?.id;
    expect((await call(test, `/api/trails/${trail.id}/stops/${stopId}`, 'DELETE', outsider.cookie)).status).toBe(403);
    expect((await call(test, `/api/trails/${trail.id}/stops/${stopId}`, 'DELETE', steward.cookie)).status).toBe(204);
    expect((await json<Detail>(await call(test, `/api/trails/${trail.id}`))).stops).toHaveLength(2);
  });

  it('open review-first trails take any citizen’s proposals, which stewards approve or reject', async () => {
    const { test, steward } = await setUp();
    const { trail, stopIds } = await trailFixture(test.deps, steward.user.id, {
      input: { contributionMode: 'citizens', moderationMode: 'review-first' },
    });
    const citizen = await personWithRole(test.deps, 'citizen');
    const first = await stopAudioFixture(test.deps, citizen.user.id, { title: 'Le lavoir' });
    const second = await stopAudioFixture(test.deps, citizen.user.id, { title: 'Le vent' });
    const proposed = await json(
      await call(test, `/api/trails/${trail.id}/stops`, 'POST', citizen.cookie, {
        title: 'Le lavoir',
        lat: 48.388,
        lng: -4.5,
        mediaIds: [first.id],
      }),
    );
    expect(proposed).toMatchObject({ outcome: 'proposed', proposalId: expect.any(String) });
    const mediaProposal = await json(
      await call(test, `/api/trails/${trail.id}/stops/${stopIds[0]}/media`, 'POST', citizen.cookie, {
        mediaId: second.id,
      }),
    );
    expect(mediaProposal).toMatchObject({ outcome: 'proposed' });
    // The stewards hear of it, with a link to the editor.
    const notices = (await test.outbox()).filter((m) => m.to === steward.user.email && m.subject.includes('relire'));
    expect(notices).toHaveLength(2);
    expect(notices[0]?.text).toContain(`/parcours/editer/?id=${trail.id}`);
    // A proposed stop without media is pointless: refused.
    expect(
      (
        await call(test, `/api/trails/${trail.id}/stops`, 'POST', citizen.cookie, {
          title: 'Vide',
          lat: 48.388,
          lng: -4.5,
        })
      ).status,
    ).toBe(400);

    expect((await json<Detail>(await call(test, `/api/trails/${trail.id}`))).stops).toHaveLength(2);
    const contributorView = await json<Editor>(
      await call(test, `/api/trails/${trail.id}/editor`, 'GET', citizen.cookie),
    );
    expect(contributorView).toMatchObject({ canEdit: false, canContribute: true, proposals: [] });
    const stewardView = await json<Editor>(await call(test, `/api/trails/${trail.id}/editor`, 'GET', steward.cookie));
    expect(stewardView.proposals.map((p) => p.kind).sort()).toEqual(['media', 'stop']);

    const approveStop = `/api/trails/${trail.id}/proposals/${proposed.proposalId}/approve`;
    expect((await call(test, approveStop, 'POST', citizen.cookie)).status).toBe(403);
    expect((await call(test, approveStop, 'POST', steward.cookie)).status).toBe(200);
    expect((await call(test, approveStop, 'POST', steward.cookie)).status).toBe(404);
    expect(
      (await call(test, `/api/trails/${trail.id}/proposals/${mediaProposal.proposalId}/reject`, 'POST', steward.cookie))
        .status,
    ).toBe(204);
    const detail = await json<Detail>(await call(test, `/api/trails/${trail.id}`));
    expect(detail.stops.map((s) => s.title)).toEqual(['Le pont', 'La tour', 'Le lavoir']);
    expect(detail.stops[0]?.media).toHaveLength(1);
  });

  it('an approved stop carries its media as they are at approval (a transcript edited meanwhile)', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id, {
      input: { contributionMode: 'citizens', moderationMode: 'review-first' },
    });
    const citizen = await personWithRole(test.deps, 'citizen');
    const medium = await stopAudioFixture(test.deps, citizen.user.id, { transcript: 'Premier jet.' });
    const { proposalId } = await json(
      await call(test, `/api/trails/${trail.id}/stops`, 'POST', citizen.cookie, {
        title: 'Le lavoir',
        lat: 48.388,
        lng: -4.5,
        mediaIds: [medium.id],
      }),
    );
    expect(
      (await call(test, `/api/media/${medium.id}`, 'PATCH', citizen.cookie, { transcript: 'Version relue.' })).status,
    ).toBe(200);
    const approved = await call(
      test,
      `/api/trails/${trail.id}/proposals/${proposalId}/approve`,
      'POST',
      steward.cookie,
    );
    expect(approved.status).toBe(200);
    const detail = await json<Detail>(await call(test, `/api/trails/${trail.id}`));
    expect(detail.stops.at(-1)?.media[0]?.transcript).toBe('Version relue.');
  });

  it('a hidden medium leaves the stop it was played at', async () => {
    const { test, steward } = await setUp();
    const { trail, media } = await trailFixture(test.deps, steward.user.id);
    // Staff hide it after a report.
    await hideMedia(test.deps, { mediaId: String(media[0]?.id), reason: 'Off topic' });
    const detail = await json<Detail>(await call(test, `/api/trails/${trail.id}`));
    expect(detail.stops[0]?.media).toEqual([]);
    expect(detail.stops[1]?.media).toHaveLength(1);
  });
});

describe('moderation of the project', () => {
  it('a trail leaves public view while the city hides its project, and comes back when restored', async () => {
    const { test, steward } = await setUp();
    const { trail, project } = await trailFixture(test.deps, steward.user.id);
    const listed = async () =>
      (await json<{ items: { id: string }[] }>(await call(test, '/api/trails'))).items.some((t) => t.id === trail.id);
    expect(await listed()).toBe(true);

    await hideProject(test.deps, { slug: project.slug, reason: 'Spam' });
    expect((await call(test, `/api/trails/${trail.id}`)).status).toBe(404);
    expect((await call(test, `/api/trails/${trail.id}.gpx`)).status).toBe(404);
    expect(await listed()).toBe(false);
    // Its stewards still see it.
    expect((await call(test, `/api/trails/${trail.id}`, 'GET', steward.cookie)).status).toBe(200);

    await restoreProject(test.deps, { slug: project.slug });
    expect((await call(test, `/api/trails/${trail.id}`)).status).toBe(200);
    expect(await listed()).toBe(true);
  });
});

describe('reports to the city', () => {
  it('reports queue a trail for admins; enough of them hide it; admins hide or restore it', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id);
    const admin = await personWithRole(test.deps, 'admin');
    // Residents are told apart by their network (CloudFront-Viewer-Address).
    const report = (reason: string, network = uniqueViewerAddress()) =>
      test.app.request(`/api/trails/${trail.id}/flags`, {
        method: 'POST',
        headers: browserHeaders(undefined, { 'cloudfront-viewer-address': network }),
        body: JSON.stringify({ reason }),
      });

    const network = uniqueViewerAddress();
    expect(await json(await report('Un arrêt insulte un voisin', network))).toEqual({ hidden: false });
    expect((await problemOf(await report('Encore', network))).status).toBe(409);
    const queue = async () =>
      (
        await json<{ items: { kind: string; trail?: { id: string; openFlags: number }; flags: unknown[] }[] }>(
          await call(test, '/api/moderation/queue?limit=100', 'GET', admin.cookie),
        )
      ).items.find((item) => item.kind === 'trail' && item.trail?.id === trail.id);
    expect(await queue()).toMatchObject({ trail: { openFlags: 1 }, flags: [{ reason: 'Un arrêt insulte un voisin' }] });

    // Other residents (other networks) report it too: at the threshold it is hidden pending review.
    const threshold = test.deps.config.flagsToHide;
    let last: Record<string, unknown> = {};
    for (let i = 1; i < threshold; i++) last = await json(await report(`Report ${i}`));
    expect(last).toEqual({ hidden: true });
    expect((await call(test, `/api/trails/${trail.id}`)).status).toBe(404);
    const stewardView = await json<Detail & { hidden?: { reason: string } }>(
      await call(test, `/api/trails/${trail.id}`, 'GET', steward.cookie),
    );
    expect(stewardView.hidden?.reason).toContain('Reported');

    const restored = await call(test, `/api/moderation/trails/${trail.id}/restore`, 'POST', admin.cookie);
    expect(await restored.json()).toMatchObject({ id: trail.id });
    expect((await call(test, `/api/trails/${trail.id}`)).status).toBe(200);
    expect(await queue()).toBeUndefined();

    const hidden = await call(test, `/api/moderation/trails/${trail.id}/hide`, 'POST', admin.cookie, {
      reason: 'Hors sujet',
    });
    expect(await hidden.json()).toMatchObject({ hidden: { reason: 'Hors sujet' } });
    expect((await call(test, `/api/trails/${trail.id}.geojson`)).status).toBe(404);
    const listed = await json<{ items: { id: string }[] }>(await call(test, '/api/trails'));
    expect(listed.items.some((t) => t.id === trail.id)).toBe(false);
  });
});

describe('open data exports', () => {
  it('GeoJSON, GPX 1.1 (valid against the XSD) and credits, parsed back', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id, { stops: 3 });
    const geo = await call(test, `/api/trails/${trail.id}.geojson`);
    expect(geo.status).toBe(200);
    expect(geo.headers.get('content-type')).toContain('application/geo+json');
    expect(geo.headers.get('cache-control')).toContain('public');
    const collection = await json<{
      type: string;
      attribution: string;
      features: { geometry: { type: string }; properties: { media?: { url: string; licence: string }[] } }[];
    }>(geo);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'Point', 'LineString']);
    expect(collection.features[0]?.properties.media?.[0]).toMatchObject({
      url: expect.stringMatching(/^http:\/\/communs\.test\/media\//),
      licence: 'CC-BY-SA-4.0',
    });
    expect(collection.attribution).toContain('Fixture Author');

    const gpx = await call(test, `/api/trails/${trail.id}.gpx`);
    expect(gpx.headers.get('content-type')).toContain('application/gpx+xml');
    expect(gpx.headers.get('content-disposition')).toContain(`${trail.id}.gpx`);
    const file = join(mkdtempSync(join(tmpdir(), 'gpx-')), 'trail.gpx');
    writeFileSync(file, await gpx.text());
    const xsd = resolve(import.meta.dirname, '../../fixtures/schemas/gpx-1.1.xsd');
    execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' });

    const credits = await call(test, `/api/trails/${trail.id}/credits.txt`);
    expect(credits.headers.get('content-type')).toContain('text/plain');
    expect(await credits.text()).toContain('Fixture Author\n  - Fixture (CC BY-SA 4.0');
    expect((await problemOf(await call(test, '/api/trails/NOT_AN_ID.gpx'))).status).toBe(400);
    expect((await call(test, '/api/trails/no-such-trail.geojson')).status).toBe(404);
  });
});

describe('forks (peer property)', () => {
  it('copies stops and media references into the forker’s project, with “forked from” and the original credits', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id);
    const forker = await personWithRole(test.deps, 'citizen');
    const own = await projectFixture(test.deps, forker.user.id);
    const response = await call(test, `/api/trails/${trail.id}/forks`, 'POST', forker.cookie, {
      projectSlug: own.slug,
      title: 'Ma version du parcours',
    });
    expect(response.status).toBe(201);
    const fork = await json<Editor>(response);
    const original = await json<Detail>(await call(test, `/api/trails/${trail.id}`));
    expect(fork.canEdit).toBe(true);
    expect(fork.trail).toMatchObject({
      status: 'draft',
      forkedFrom: { id: trail.id, credits: original.credits },
    });
    expect(fork.trail.stops.map((s) => s.media[0]?.id)).toEqual(original.stops.map((s) => s.media[0]?.id));
    expect(fork.trail.stops.map((s) => s.id)).not.toEqual(original.stops.map((s) => s.id));
    // The fork's own changes leave the original alone.
    await call(test, `/api/trails/${fork.trail.id}/stops/${fork.trail.stops[0]?.id}`, 'DELETE', forker.cookie);
    expect((await json<Detail>(await call(test, `/api/trails/${trail.id}`))).stops).toHaveLength(2);
    // Only into a project you steward.
    expect(
      (await call(test, `/api/trails/${trail.id}/forks`, 'POST', forker.cookie, { projectSlug: trail.projectSlug }))
        .status,
    ).toBe(403);
  });

  it('refuses a policy that drops the share-alike licence of media it carries, and forks of drafts (404)', async () => {
    const { test, steward } = await setUp();
    const { trail } = await trailFixture(test.deps, steward.user.id);
    const forker = await personWithRole(test.deps, 'citizen');
    const own = await projectFixture(test.deps, forker.user.id);
    const refused = await problemOf(
      await call(test, `/api/trails/${trail.id}/forks`, 'POST', forker.cookie, {
        projectSlug: own.slug,
        licencePolicy: ['CC-BY-4.0'],
      }),
    );
    expect(refused.status).toBe(409);
    expect((refused as { problems?: unknown[] }).problems).toContainEqual(
      expect.objectContaining({ reason: 'share-alike' }),
    );
    expect(refused.detail).toContain('share-alike');
    const { trail: draft } = await trailFixture(test.deps, steward.user.id, { publish: false });
    expect(
      (await call(test, `/api/trails/${draft.id}/forks`, 'POST', forker.cookie, { projectSlug: own.slug })).status,
    ).toBe(404);
  });
});

describe('my data', () => {
  /** A member who added a stop of their own to a publish-first trail. */
  const contributorWithStop = async () => {
    const { test, steward } = await setUp();
    const { trail, project } = await trailFixture(test.deps, steward.user.id, {
      input: { moderationMode: 'publish-first' },
    });
    const citizen = await personWithRole(test.deps, 'citizen');
    await joinFixture(test.deps, project.slug, citizen.user.id);
    const medium = await stopAudioFixture(test.deps, citizen.user.id);
    const added = await call(test, `/api/trails/${trail.id}/stops`, 'POST', citizen.cookie, {
      title: 'Mon arrêt',
      lat: 48.389,
      lng: -4.5,
      mediaIds: [medium.id],
    });
    expect(added.status).toBe(201);
    // The erasure is answered at once and done by the work job: wait for it.
    const erase = async (contributions: string) => {
      const answer = await call(test, '/api/me', 'DELETE', citizen.cookie, {
        confirmEmail: citizen.user.email,
        contributions,
      });
      await test.work.idle();
      return answer;
    };
    const publicStops = async () => (await json<Detail>(await call(test, `/api/trails/${trail.id}`))).stops;
    return { test, citizen, erase, publicStops };
  };

  it('exports a contributor’s stops and proposals; erasure with “withdraw” takes their stops off', async () => {
    const { test, citizen, erase, publicStops } = await contributorWithStop();
    const exported = await json<{ trails: { stops: { title: string }[]; mediaAtStops: unknown[] } }>(
      await call(test, '/api/me/export', 'GET', citizen.cookie),
    );
    expect(exported.trails.stops.map((s) => s.title)).toEqual(['Mon arrêt']);
    expect(exported.trails.mediaAtStops).toHaveLength(1);

    expect((await erase('withdraw')).status).toBe(202);
    expect((await publicStops()).map((s) => s.title)).toEqual(['Le pont', 'La tour']);
  });

  it('erasure keeping contributions anonymous keeps the stop without the name', async () => {
    const { erase, publicStops } = await contributorWithStop();
    expect((await erase('keep-anonymous')).status).toBe(202);
    expect((await publicStops()).at(-1)).toMatchObject({ title: 'Mon arrêt', contributorName: 'Anonyme' });
  });
});
