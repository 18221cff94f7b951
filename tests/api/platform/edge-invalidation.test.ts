import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { updateUser } from '../../../functions/accounts/store.ts';
import { lendingPaths } from '../../../functions/lending/public-paths.ts';
import { mediaPaths } from '../../../functions/media/public.ts';
import { createCloudFrontEdgeCache } from '../../../functions/platform/cloudfront-edge-cache.ts';
import { projectPaths } from '../../../functions/projects/public-paths.ts';
import { getProject, saveProjectOver } from '../../../functions/projects/store.ts';
import { trailPaths } from '../../../functions/trails/public-paths.ts';
import { createEdge } from '../../../infra/local/edge.ts';
import { personWithRole } from '../accounts-support.ts';
import { CAPUCINS, modelFixture, pointBody, pointFixture } from '../lending/fixtures.ts';
import { citizen, lendingClock, reserve } from '../lending/reservations-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { joinFixture, projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp, TEST_ORIGIN } from '../support.ts';
import { trailFixture } from '../trails-support.ts';

/**
 * The app behind the local edge, which caches the API's public reads as CloudFront does (same key,
 * same time) and which the use cases invalidate. Reads go through the edge; writes too need not
 * (CloudFront never caches them), so they are sent to the app as the function URL receives them.
 */
const behindTheEdge = async (options: Parameters<typeof makeTestApp>[0] = {}) => {
  const test = await makeTestApp(options);
  const edge = createEdge({
    api: test.app,
    s3: test.deps.s3,
    mediaBucket: test.deps.mediaBucket,
    siteDir: '/nonexistent',
    uploadOrigins: [],
    apiCache: test.edgeCache,
  });
  const read = async (path: string, cookie?: string): Promise<Response> =>
    edge.fetch(new Request(`${TEST_ORIGIN}${path}`, { headers: cookie ? { cookie } : {} }));
  const write = (method: string, path: string, cookie: string, body?: unknown) =>
    test.app.request(path, {
      method,
      headers: browserHeaders(cookie),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  /** The invalidations asked for since the last call (one batch per request). */
  let seen = 0;
  const newInvalidations = () => {
    const batches = test.edgeCache.invalidations.slice(seen);
    seen = test.edgeCache.invalidations.length;
    return batches;
  };
  return { test, read, write, newInvalidations };
};

const readTwice = async (read: (path: string) => Promise<Response>, path: string) => {
  const first = await read(path);
  const second = await read(path);
  return { first, second, body: await second.json() };
};

describe('the local edge keeps public reads as CloudFront does', () => {
  it('a resident’s second read of a public project comes from the edge', async () => {
    const { test, read } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const { slug } = await projectFixture(test.deps, steward.user.id);
    const { first, second } = await readTwice(read, `/api/projects/${slug}`);
    expect(first.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
    expect(first.headers.get('x-cache')).toBe('Miss from cloudfront');
    expect(second.headers.get('x-cache')).toBe('Hit from cloudfront');
  });

  it('without an invalidation the edge would keep showing the old answer (what AWS did before)', async () => {
    const { test, read } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const { slug } = await projectFixture(test.deps, steward.user.id, { title: 'Avant' });
    await readTwice(read, `/api/projects/${slug}`);
    // Written behind the use cases' back: nothing tells the edge.
    const before = await getProject(test.deps, slug);
    if (!before) throw new Error('no project');
    await test.deps.db.send(
      new TransactWriteCommand({
        TransactItems: [saveProjectOver(test.deps.tableName, before, { ...before, title: 'Après' })],
      }),
    );
    expect((await getProject(test.deps, slug))?.title).toBe('Après');
    expect((await (await read(`/api/projects/${slug}`)).json()).title).toBe('Avant');
  });
});

describe('a change drops the public answers that show it', () => {
  it('a steward’s edit: the project’s page and the lists, in one invalidation', async () => {
    const { test, read, write, newInvalidations } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const { slug } = await projectFixture(test.deps, steward.user.id, { title: 'Jardin partagé' });
    expect((await readTwice(read, `/api/projects/${slug}`)).body.title).toBe('Jardin partagé');
    await readTwice(read, '/api/projects?limit=50');
    newInvalidations();

    expect(
      (await write('PATCH', `/api/projects/${slug}`, steward.cookie, { title: 'Jardin des voisins' })).status,
    ).toBe(200);
    expect(newInvalidations()).toEqual([
      expect.arrayContaining([
        `/api/projects/${slug}`,
        `/api/projects/${slug}/*`,
        '/api/projects?*',
        '/api/projects/map',
      ]),
    ]);
    const fresh = await read(`/api/projects/${slug}`);
    expect(fresh.headers.get('x-cache')).toBe('Miss from cloudfront');
    expect((await fresh.json()).title).toBe('Jardin des voisins');
    expect((await read('/api/projects?limit=50')).headers.get('x-cache')).toBe('Miss from cloudfront');
  });

  it('a medium hidden by moderation: its record, its files and its contributor’s page', async () => {
    const { test, read, write, newInvalidations } = await behindTheEdge();
    const owner = await personWithRole(test.deps, 'citizen');
    const medium = await readyMediaFixture(test.deps, owner.user.id);
    expect((await readTwice(read, `/api/media/${medium.id}`)).second.status).toBe(200);
    newInvalidations();

    const staff = await personWithRole(test.deps, 'staff');
    const hidden = await write('POST', `/api/moderation/media/${medium.id}/hide`, staff.cookie, {
      reason: 'Contenu signalé à raison',
    });
    expect(hidden.status).toBe(200);
    const [batch, ...more] = newInvalidations();
    expect(more).toEqual([]);
    expect(batch).toEqual(
      expect.arrayContaining([
        `/api/media/${medium.id}`,
        `/media/${medium.id}/*`,
        `/api/contributors/${owner.user.id}*`,
      ]),
    );
    expect((await read(`/api/media/${medium.id}`)).status).toBe(404);
  });

  it('a medium restored by moderation is back on its contributor’s page at once', async () => {
    const { test, read, write } = await behindTheEdge();
    const owner = await personWithRole(test.deps, 'citizen');
    await updateUser(test.deps, owner.user.id, { publicProfile: true });
    const medium = await readyMediaFixture(test.deps, owner.user.id);
    const staff = await personWithRole(test.deps, 'staff');
    await write('POST', `/api/moderation/media/${medium.id}/hide`, staff.cookie, { reason: 'Contenu signalé' });
    const shown = async () =>
      (await (await read(`/api/contributors/${owner.user.id}`)).json()).media.map((m: { id: string }) => m.id);
    expect(await shown()).toEqual([]);
    expect(await shown()).toEqual([]);
    expect((await write('POST', `/api/moderation/media/${medium.id}/restore`, staff.cookie)).status).toBe(200);
    expect(await shown()).toEqual([medium.id]);
    expect((await read(`/api/media/${medium.id}`)).status).toBe(200);
  });

  it('a trail’s edit, its stops and its publication: its page, its exports and the lists', async () => {
    const { test, read, write, newInvalidations } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const { trail, project, stopIds } = await trailFixture(test.deps, steward.user.id);
    const listed = `/api/trails?project=${project.slug}`;
    await readTwice(read, `/api/trails/${trail.id}`);
    await readTwice(read, listed);
    newInvalidations();

    expect((await write('PATCH', `/api/trails/${trail.id}`, steward.cookie, { title: 'Le tour du port' })).status).toBe(
      200,
    );
    expect(newInvalidations()).toEqual([
      expect.arrayContaining([`/api/trails/${trail.id}*`, '/api/trails', '/api/trails?*']),
    ]);
    expect((await (await read(`/api/trails/${trail.id}`)).json()).title).toBe('Le tour du port');
    const [item] = (await (await read(listed)).json()).items;
    expect(item.title).toBe('Le tour du port');

    await readTwice(read, `/api/trails/${trail.id}`);
    const [stopId] = stopIds;
    expect(
      (await write('PATCH', `/api/trails/${trail.id}/stops/${stopId}`, steward.cookie, { title: 'Le pont levant' }))
        .status,
    ).toBe(200);
    const page = await (await read(`/api/trails/${trail.id}`)).json();
    expect(page.stops.map((stop: { title: string }) => stop.title)).toContain('Le pont levant');

    expect((await write('POST', `/api/trails/${trail.id}/unpublish`, steward.cookie)).status).toBe(200);
    expect((await read(`/api/trails/${trail.id}`)).status).toBe(404);
    expect((await (await read(listed)).json()).items).toEqual([]);
  });

  it('an erased account: their public page and the projects they were a member of', async () => {
    const { test, read, write, newInvalidations } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const member = await personWithRole(test.deps, 'citizen');
    const { slug } = await projectFixture(test.deps, steward.user.id);
    await joinFixture(test.deps, slug, member.user.id);
    const names = async () =>
      (await (await read(`/api/projects/${slug}`)).json()).members.map(
        (m: { attributionName: string }) => m.attributionName,
      );
    expect(await names()).toContain(member.user.attributionName);
    await names();
    newInvalidations();

    const erased = await write('DELETE', '/api/me', member.cookie, {
      confirmEmail: member.user.email,
      contributions: 'keep-anonymous',
    });
    // The erasure is long work: the work job does it, each part sending its paths as it goes.
    expect(erased.status).toBe(202);
    await test.work.idle();
    expect(newInvalidations().flat()).toEqual(
      expect.arrayContaining([`/api/contributors/${member.user.id}*`, `/api/projects/${slug}`]),
    );
    expect(await names()).not.toContain(member.user.attributionName);
  });

  it('a public profile made private: the contributor page is dropped', async () => {
    const { test, write, newInvalidations } = await behindTheEdge();
    const person = await personWithRole(test.deps, 'citizen');
    newInvalidations();
    expect((await write('PATCH', '/api/me', person.cookie, { publicProfile: false })).status).toBe(200);
    expect(newInvalidations()).toEqual([[`/api/contributors/${person.user.id}*`]]);
  });
});

describe('editors read past the edge', () => {
  it('a signed-in read is private and never kept, even of a public project', async () => {
    const { test, read } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const { slug } = await projectFixture(test.deps, steward.user.id);
    // A resident's read is kept; the steward's reads never get that copy, nor are kept themselves.
    await readTwice(read, `/api/projects/${slug}`);
    for (const answer of [
      await read(`/api/projects/${slug}`, steward.cookie),
      await read(`/api/projects/${slug}`, steward.cookie),
    ]) {
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
      expect(answer.headers.get('x-cache')).toBe('Miss from cloudfront');
    }
  });

  it('the trail editor answers private, no-store and is never kept', async () => {
    const { test, read } = await behindTheEdge();
    const steward = await personWithRole(test.deps, 'citizen');
    const { trail } = await trailFixture(test.deps, steward.user.id, { publish: false });
    for (const answer of [
      await read(`/api/trails/${trail.id}/editor`, steward.cookie),
      await read(`/api/trails/${trail.id}/editor`, steward.cookie),
    ]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
      expect(answer.headers.get('x-cache')).toBe('Miss from cloudfront');
    }
  });
});

describe('lending points behind the edge', () => {
  it('an admin’s edit of a point drops the cached list and page, and the catalogue naming it: residents see it at once', async () => {
    const { test, read, write } = await behindTheEdge();
    const admin = await personWithRole(test.deps, 'admin');
    const point = await pointFixture(test.deps, { name: 'Avant' });
    const { model } = await modelFixture(test.deps, { pointIds: [point.id] });
    const modelPage = await readTwice(read, `/api/lending/models/${model.id}`);
    expect(modelPage.second.headers.get('x-cache')).toBe('Hit from cloudfront');
    const list = await readTwice(read, '/api/lending/points');
    expect(list.second.headers.get('x-cache')).toBe('Hit from cloudfront');
    const page = await readTwice(read, `/api/lending/points/${point.id}`);
    expect(page.second.headers.get('x-cache')).toBe('Hit from cloudfront');

    const { id: _id, ...fields } = pointBody();
    const edited = await write('PUT', `/api/lending/points/${point.id}`, admin.cookie, {
      ...fields,
      name: 'Après',
      expectedUpdatedAt: point.updatedAt,
    });
    expect(edited.status).toBe(200);
    const listAfter = await read('/api/lending/points');
    expect(listAfter.headers.get('x-cache')).toBe('Miss from cloudfront');
    const { items } = (await listAfter.json()) as { items: { id: string; name: string }[] };
    expect(items.find((item) => item.id === point.id)?.name).toBe('Après');
    const pageAfter = await read(`/api/lending/points/${point.id}`);
    expect(((await pageAfter.json()) as { name: string }).name).toBe('Après');
    // The model's page names its points: read again, with the new name.
    const modelAfter = await read(`/api/lending/models/${model.id}`);
    expect(modelAfter.headers.get('x-cache')).toBe('Miss from cloudfront');
    expect(((await modelAfter.json()) as { points: { name: string }[] }).points[0]?.name).toBe('Après');
  });
});

describe('a model’s availability behind the edge', () => {
  it('a reservation and its cancellation drop the cached availability; the person who reserved never reads the shared copy', async () => {
    const { test, read, write, newInvalidations } = await behindTheEdge({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    const path = `/api/lending/models/${model.id}/availability?point=${point.id}&from=2026-12-01&to=2026-12-31`;
    const freeOn = async (response: Response, day: string) =>
      ((await response.json()) as { days: { day: string; free: number }[] }).days.find((d) => d.day === day)?.free;
    const before = await readTwice(read, path);
    expect(before.second.headers.get('x-cache')).toBe('Hit from cloudfront');
    const person = await citizen(test.deps);
    // The person's own read before reserving: answered private, kept by no shared cache.
    const own = await read(path, person.cookie);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    newInvalidations();

    const reserved = await reserve(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
    });
    expect(reserved.status).toBe(201);
    expect(newInvalidations()).toEqual([[`/api/lending/models/${model.id}/availability*`]]);
    const mine = await read(path, person.cookie);
    expect(mine.headers.get('x-cache')).toBe('Miss from cloudfront');
    expect(await freeOn(mine, '2026-12-02')).toBe(0);
    const residents = await read(path);
    expect(residents.headers.get('x-cache')).toBe('Miss from cloudfront');
    expect(await freeOn(residents, '2026-12-03')).toBe(0);

    const { id } = (await reserved.json()) as { id: string };
    expect((await write('POST', `/api/lending/reservations/${id}/cancel`, person.cookie)).status).toBe(200);
    expect(newInvalidations()).toEqual([[`/api/lending/models/${model.id}/availability*`]]);
    expect(await freeOn(await read(path), '2026-12-02')).toBe(1);
  });
});

describe('the public paths each feature names', () => {
  it('are public reads of the API (a renamed route cannot leave its invalidation behind)', async () => {
    const test = await makeTestApp();
    const document = (await (await test.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: unknown }>;
    };
    const reads = Object.entries(document.paths)
      .filter(([, operations]) => operations.get)
      .map(([path]) => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\/$/, '')}$`));
    const named = [
      ...projectPaths.page('jardin'),
      ...projectPaths.listings,
      ...trailPaths.page('t1'),
      ...trailPaths.listings,
      ...mediaPaths.medium('m1').filter((path) => path.startsWith('/api/')),
      ...mediaPaths.contributor('u1'),
      ...lendingPaths.points,
      ...lendingPaths.point('p1'),
      ...lendingPaths.models,
      ...lendingPaths.model('m1'),
      ...lendingPaths.everyModel,
    ];
    for (const path of named) {
      // What the path names before its wildcard or query: a route of its own.
      const stem = path.replace(/\*$/, '').replace(/[/?]$/, '');
      expect(
        reads.some((read) => read.test(stem)),
        `${path} names no GET route`,
      ).toBe(true);
    }
  });
});

describe('CloudFront invalidation', () => {
  it('never fails the change it follows: an unreachable control plane is given up quickly', async () => {
    const { CloudFrontClient } = await import('@aws-sdk/client-cloudfront');
    const { SSMClient } = await import('@aws-sdk/client-ssm');
    const unreachable = {
      region: 'eu-west-3',
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    };
    const edgeCache = createCloudFrontEdgeCache('/communs/edge-distribution-id', {
      cloudFront: new CloudFrontClient({ ...unreachable, maxAttempts: 1 }),
      ssm: new SSMClient({ ...unreachable, maxAttempts: 1 }),
    });
    const started = Date.now();
    await expect(edgeCache.invalidate(['/api/projects/x'])).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
