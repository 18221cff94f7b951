import { describe, expect, it } from 'vitest';
import { sendJournalDigest } from '../../../functions/projects/send-journal-digest.ts';
import { personWithRole } from '../accounts-support.ts';
import { followFixture, joinFixture, projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp, manualClock, problemOf } from '../support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;
const call = (test: Test, path: string, method: string, cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const list = async (test: Test, query: string) =>
  (await (await test.app.request(`/api/projects?${query}`)).json()) as {
    items: { slug: string }[];
    nextCursor: string | null;
    total: number;
  };

describe('browsing and searching projects', () => {
  it('filters by neighbourhood, tag and status, searches words without accents, in one cacheable read', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const marker = crypto.randomUUID().slice(0, 6);
    const sound = await projectFixture(test.deps, steward.user.id, {
      title: `Mémoires du Pont ${marker}`,
      neighbourhood: `Recouvrance-${marker}`,
      tags: ['son', marker],
      place: { lat: 48.383, lng: -4.499 },
    });
    const film = await projectFixture(test.deps, steward.user.id, {
      title: `Café réparation ${marker}`,
      neighbourhood: `Bellevue-${marker}`,
      tags: ['film', marker],
      status: 'completed',
    });
    const response = await test.app.request(`/api/projects?tag=${marker}`);
    expect(response.headers.get('cache-control')).toMatch(/public, .*s-maxage/);
    expect(((await response.json()) as { total: number }).total).toBe(2);
    expect((await list(test, `q=memoires+pont+${marker}`)).items.map((p) => p.slug)).toEqual([sound.slug]);
    expect((await list(test, `q=CAFE+${marker}`)).items.map((p) => p.slug)).toEqual([film.slug]);
    expect((await list(test, `neighbourhood=bellevue-${marker}`)).items.map((p) => p.slug)).toEqual([film.slug]);
    expect((await list(test, `tag=${marker}&status=completed`)).items.map((p) => p.slug)).toEqual([film.slug]);
    const map = (await (await test.app.request('/api/projects/map')).json()) as { items: { slug: string }[] };
    expect(map.items.map((p) => p.slug)).toContain(sound.slug);
    expect(map.items.map((p) => p.slug)).not.toContain(film.slug);
  });

  it('pages with cursors and rejects forged ones', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const marker = crypto.randomUUID().slice(0, 6);
    for (let i = 0; i < 5; i++) await projectFixture(test.deps, steward.user.id, { tags: [marker] });
    const first = await list(test, `tag=${marker}&limit=2`);
    const second = await list(test, `tag=${marker}&limit=2&cursor=${first.nextCursor}`);
    const third = await list(test, `tag=${marker}&limit=2&cursor=${second.nextCursor}`);
    const slugs = [...first.items, ...second.items, ...third.items].map((p) => p.slug);
    expect(new Set(slugs).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    const forged = await problemOf(
      await test.app.request(`/api/projects?cursor=${Buffer.from('-4').toString('base64url')}`),
    );
    expect(forged.errors?.[0]?.path).toBe('cursor');
  });

  it('lists projects created concurrently, none lost from the index', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const marker = crypto.randomUUID().slice(0, 6);
    await Promise.all(Array.from({ length: 6 }, () => projectFixture(test.deps, steward.user.id, { tags: [marker] })));
    expect((await list(test, `tag=${marker}`)).total).toBe(6);
  });
});

describe('following a project', () => {
  it('sends a daily digest of new posts whose unsubscribe link is confirmed by a POST, not by opening it', async () => {
    const clock = manualClock(new Date());
    const test = await makeTestApp({ clock });
    const steward = await personWithRole(test.deps, 'citizen');
    const follower = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    const other = await projectFixture(test.deps, steward.user.id);
    for (const { slug } of [project, other]) {
      expect((await call(test, `/api/projects/${slug}/follow`, 'POST', follower.cookie)).status).toBe(204);
      await call(test, `/api/projects/${slug}/journal`, 'POST', steward.cookie, {
        body: 'Enregistrement **samedi** au marché',
      });
    }

    clock.advance(60_000);
    await sendJournalDigest(test.deps);
    const digest = (await test.outbox()).find((m) => m.to === follower.user.email);
    expect(digest?.text).toContain('Enregistrement **samedi** au marché');
    expect(digest?.html).toContain('<strong>samedi</strong>');
    const links = [...(digest?.text ?? '').matchAll(/https?:\/\/\S*desabonnement\S*/g)].map(([href]) => new URL(href));
    expect(links).toHaveLength(2);
    const [link] = links as [URL];
    expect(link.pathname).toBe('/projets/desabonnement/');
    // The mail client's own button covers the whole digest: both projects.
    const header = new URL(digest?.listUnsubscribe ?? 'http://x');
    expect(header.pathname).toBe('/projets/desabonnement/');
    expect(header.searchParams.getAll('token').sort()).toEqual(links.map((l) => l.searchParams.get('token')).sort());

    const following = async (slug: string) =>
      (
        (await (
          await test.app.request(`/api/projects/${slug}/membership`, { headers: { cookie: follower.cookie } })
        ).json()) as { following: boolean }
      ).following;
    // A mail scanner opening the link (or a link of a digest sent before the page existed) changes nothing.
    const token = link.searchParams.get('token') ?? '';
    const opened = await test.app.request(`/api/follows/unsubscribe?token=${token}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`/projets/desabonnement/?token=${token}`);
    expect(await following(project.slug)).toBe(true);
    expect(await following(other.slug)).toBe(true);

    const confirmed = await call(test, '/api/follows/unsubscribe', 'POST', undefined, { tokens: [token] });
    expect(confirmed.status).toBe(200);
    const unsubscribedFrom = ((await confirmed.json()) as { slugs: string[] }).slugs;
    expect([project.slug, other.slug]).toContain(unsubscribedFrom[0]);
    expect(unsubscribedFrom).toHaveLength(1);
    expect((await following(project.slug)) && (await following(other.slug))).toBe(false);
    // Confirming again is harmless.
    const again = await call(test, '/api/follows/unsubscribe', 'POST', undefined, { tokens: [token] });
    expect(await again.json()).toEqual({ slugs: [] });
  });
});

describe('the daily digest', () => {
  it('goes on past an address the mail service refuses, and sends nobody the same digest twice a day', async () => {
    // A day of its own: the digest reads every project's posts of the last day in the shared table.
    const clock = manualClock(new Date('2031-03-14T03:00:00Z'));
    const refused = new Set<string>();
    const test = await makeTestApp({ clock, mail: { refuse: refused } });
    const steward = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    const followers = await Promise.all([1, 2, 3].map(() => personWithRole(test.deps, 'citizen')));
    for (const follower of followers) await followFixture(test.deps, project.slug, follower.user.id);
    await call(test, `/api/projects/${project.slug}/journal`, 'POST', steward.cookie, { body: 'Atelier jeudi' });
    const [first, typo, last] = followers.map((f) => f.user.email);
    refused.add(typo ?? '');

    clock.advance(60_000);
    expect(await sendJournalDigest(test.deps)).toMatchObject({ digests: 3, sent: 2, failed: 1, alreadySent: 0 });
    const received = async () => (await test.outbox()).map((m) => m.to).sort();
    expect(await received()).toEqual([first, last].sort());

    // The job runs again the same day (a retry): only the refused address is tried again.
    refused.clear();
    clock.advance(60_000);
    expect(await sendJournalDigest(test.deps)).toMatchObject({ digests: 3, sent: 1, failed: 0, alreadySent: 2 });
    expect(await received()).toEqual([first, typo, last].sort());
  });
});

describe("the city's role", () => {
  it('hides a project after three reports; admins restore, hide with a reason, and feature', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const admin = await personWithRole(test.deps, 'admin');
    const project = await projectFixture(test.deps, steward.user.id);
    for (let i = 0; i < 3; i++) {
      const reporter = await personWithRole(test.deps, 'citizen');
      expect(
        (await call(test, `/api/projects/${project.slug}/flags`, 'POST', reporter.cookie, { reason: 'Publicité' }))
          .status,
      ).toBe(201);
    }
    expect((await test.app.request(`/api/projects/${project.slug}`)).status).toBe(404);
    // The queue is shared with every other test's reports: walk it to find this project.
    type QueueItem = { kind: string; project?: { slug: string }; flags: unknown[] };
    let found: QueueItem | undefined;
    let cursor: string | null = '';
    while (!found && cursor !== null) {
      const page = (await (
        await test.app.request(`/api/moderation/queue?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
          headers: { cookie: admin.cookie },
        })
      ).json()) as { items: QueueItem[]; nextCursor: string | null };
      found = page.items.find((i) => i.kind === 'project' && i.project?.slug === project.slug);
      cursor = page.nextCursor;
    }
    expect(found?.flags).toHaveLength(3);

    await call(test, `/api/moderation/projects/${project.slug}/restore`, 'POST', admin.cookie);
    expect((await test.app.request(`/api/projects/${project.slug}`)).status).toBe(200);

    await call(test, `/api/moderation/projects/${project.slug}/hide`, 'POST', admin.cookie, {
      reason: 'Contenu commercial',
    });
    const seenBySteward = (await (
      await test.app.request(`/api/projects/${project.slug}`, { headers: { cookie: steward.cookie } })
    ).json()) as {
      hidden: { reason: string };
    };
    expect(seenBySteward.hidden.reason).toBe('Contenu commercial');
    expect(
      (await call(test, `/api/moderation/projects/${project.slug}/featured`, 'PUT', admin.cookie, { featured: true }))
        .status,
    ).toBe(409);

    await call(test, `/api/moderation/projects/${project.slug}/restore`, 'POST', admin.cookie);
    await call(test, `/api/moderation/projects/${project.slug}/featured`, 'PUT', admin.cookie, { featured: true });
    const featured = await list(test, 'featured=true&limit=100');
    expect(featured.items.map((p) => p.slug)).toContain(project.slug);
  });
});

describe('my data in projects', () => {
  it('exports memberships, posts and follows', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, citizen.user.id);
    await call(test, `/api/projects/${project.slug}/journal`, 'POST', citizen.cookie, { body: 'Bonjour' });
    await followFixture(test.deps, project.slug, citizen.user.id);
    const data = (await (await test.app.request('/api/me/export', { headers: { cookie: citizen.cookie } })).json()) as {
      projects: { memberships: unknown[]; journalPosts: { body: string }[]; follows: Record<string, unknown>[] };
    };
    expect(data.projects.memberships).toHaveLength(1);
    expect(data.projects.journalPosts.map((p) => p.body)).toEqual(['Bonjour']);
    expect(data.projects.follows[0]).not.toHaveProperty('unsubscribeToken');
  });

  it('hands stewardship to the longest-standing member, or archives an empty project, on erasure', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const leaving = await personWithRole(test.deps, 'citizen');
    const elder = await personWithRole(test.deps, 'citizen');
    const newcomer = await personWithRole(test.deps, 'citizen');
    const shared = await projectFixture(test.deps, leaving.user.id);
    clock.advance(1000);
    await joinFixture(test.deps, shared.slug, elder.user.id);
    clock.advance(1000);
    await joinFixture(test.deps, shared.slug, newcomer.user.id);
    const alone = await projectFixture(test.deps, leaving.user.id);
    await call(test, `/api/projects/${shared.slug}/journal`, 'POST', leaving.cookie, { body: 'Mon dernier mot' });

    const erased = await call(test, '/api/me', 'DELETE', leaving.cookie, {
      confirmEmail: leaving.user.email,
      contributions: 'keep-anonymous',
    });
    expect(erased.status).toBe(202);
    await test.work.idle();
    const page = (await (await test.app.request(`/api/projects/${shared.slug}`)).json()) as {
      members: { userId: string; role: string }[];
    };
    expect(page.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: elder.user.id, role: 'steward' }),
        expect.objectContaining({ userId: newcomer.user.id, role: 'member' }),
      ]),
    );
    expect(page.members).toHaveLength(2);
    const archived = (await (await test.app.request(`/api/projects/${alone.slug}`)).json()) as { status: string };
    expect(archived.status).toBe('archived');
    const journal = (await (await test.app.request(`/api/projects/${shared.slug}/journal`)).json()) as {
      items: { authorName: string }[];
    };
    expect(journal.items[0]?.authorName).toBe('anonymous');
  });
});
