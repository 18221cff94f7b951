import { describe, expect, it } from 'vitest';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { joinFixture, projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp, manualClock, problemOf } from '../support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;
const call = (test: Test, path: string, method: string, cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('creating and editing projects', () => {
  it('creates a project with a readable slug; its creator is the first steward', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const response = await call(test, '/api/projects', 'POST', citizen.cookie, {
      title: 'Voix de Recouvrance !',
      summary: 'Les habitants enregistrent le quartier.',
      description: '## Pourquoi\n\nParce que **les voix** comptent.',
      tags: ['Son', 'mémoire'],
      visibility: 'public',
    });
    expect(response.status).toBe(201);
    const project = (await response.json()) as {
      slug: string;
      tags: string[];
      members: { role: string; userId: string }[];
      descriptionHtml: string;
    };
    expect(project.slug).toMatch(/^voix-de-recouvrance(-\d+)?$/);
    expect(project.tags).toEqual(['son', 'mémoire']);
    expect(project.members).toEqual([expect.objectContaining({ userId: citizen.user.id, role: 'steward' })]);
    expect(project.descriptionHtml).toContain('<h4>Pourquoi</h4>');
  });

  it('proposes a free slug when the chosen one is taken', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const slug = `atelier-${crypto.randomUUID().slice(0, 6)}`;
    expect(
      (await call(test, '/api/projects', 'POST', citizen.cookie, { slug, title: 'Atelier', summary: 'x' })).status,
    ).toBe(201);
    const taken = await problemOf(
      await call(test, '/api/projects', 'POST', citizen.cookie, { slug, title: 'Atelier', summary: 'x' }),
    );
    expect(taken).toMatchObject({ status: 409, proposedSlug: `${slug}-2` });
  });

  it('renders Markdown with scripts, iframes and handlers inert', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const response = await call(test, '/api/projects', 'POST', citizen.cookie, {
      title: 'Projet piégé',
      summary: 'x',
      description:
        '<script>alert(1)</script> <iframe src="//evil"></iframe> <img src=x onerror=alert(1)> [a](javascript:alert(1))',
    });
    const { descriptionHtml } = (await response.json()) as { descriptionHtml: string };
    expect(descriptionHtml).not.toMatch(/<(script|iframe|img)/i);
    expect(descriptionHtml).not.toContain('href="javascript:');
  });

  it('rejects over-long fields and bad coordinates with field paths', async () => {
    const test = await makeTestApp();
    const citizen = await personWithRole(test.deps, 'citizen');
    const problem = await problemOf(
      await call(test, '/api/projects', 'POST', citizen.cookie, {
        title: 'Ok',
        summary: 'x'.repeat(281),
        place: { lat: 48.4, lng: 200 },
      }),
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['place.lng', 'summary', 'title']);
  });

  it('lets only stewards edit; 404 for an unknown slug', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const member = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    await joinFixture(test.deps, project.slug, member.user.id);
    expect(
      (await call(test, `/api/projects/${project.slug}`, 'PATCH', member.cookie, { summary: 'Mine' })).status,
    ).toBe(403);
    const edited = await call(test, `/api/projects/${project.slug}`, 'PATCH', steward.cookie, {
      summary: 'Nouveau résumé',
      status: 'completed',
    });
    expect(await edited.json()).toMatchObject({ summary: 'Nouveau résumé', status: 'completed' });
    const missing = await problemOf(await test.app.request('/api/projects/nothing-here-at-all'));
    expect(missing).toMatchObject({ status: 404, type: 'urn:communs:problem:not-found' });
  });

  it('shows drafts to their members only', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id, { visibility: 'draft' });
    expect((await test.app.request(`/api/projects/${project.slug}`)).status).toBe(404);
    const mine = await test.app.request(`/api/projects/${project.slug}`, { headers: { cookie: steward.cookie } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toContain('no-store');
    const list = (await (await test.app.request(`/api/projects?q=${encodeURIComponent(project.title)}`)).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
  });
});

describe('peer governance', () => {
  it('accepts a concurrent double "accept" as exactly one membership', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const second = await personWithRole(test.deps, 'citizen');
    const asker = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id, { joinMode: 'request' });
    await joinFixture(test.deps, project.slug, second.user.id).catch(() => {});
    // make `second` a steward through the API (request mode: accept then promote)
    await call(test, `/api/projects/${project.slug}/requests/${second.user.id}`, 'POST', steward.cookie, {
      accept: true,
    });
    await call(test, `/api/projects/${project.slug}/members/${second.user.id}`, 'PUT', steward.cookie, {
      role: 'steward',
    });

    const asked = await call(test, `/api/projects/${project.slug}/join`, 'POST', asker.cookie, {
      message: 'Je peux aider',
    });
    expect(await asked.json()).toEqual({ outcome: 'requested' });
    const requests = (await (
      await test.app.request(`/api/projects/${project.slug}/requests`, { headers: { cookie: steward.cookie } })
    ).json()) as {
      items: { userId: string; message: string }[];
    };
    expect(requests.items).toEqual([expect.objectContaining({ userId: asker.user.id, message: 'Je peux aider' })]);

    const [a, b] = await Promise.all([
      call(test, `/api/projects/${project.slug}/requests/${asker.user.id}`, 'POST', steward.cookie, { accept: true }),
      call(test, `/api/projects/${project.slug}/requests/${asker.user.id}`, 'POST', second.cookie, { accept: true }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const page = (await (await test.app.request(`/api/projects/${project.slug}`)).json()) as {
      members: { userId: string }[];
      memberCount: number;
    };
    expect(page.members.filter((m) => m.userId === asker.user.id)).toHaveLength(1);
    expect(page.memberCount).toBe(3);
  });

  it('keeps at least one steward, even when two stewards leave at once', async () => {
    const test = await makeTestApp();
    const first = await personWithRole(test.deps, 'citizen');
    const second = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, first.user.id);
    await joinFixture(test.deps, project.slug, second.user.id);
    await call(test, `/api/projects/${project.slug}/members/${second.user.id}`, 'PUT', first.cookie, {
      role: 'steward',
    });

    const [a, b] = await Promise.all([
      call(test, `/api/projects/${project.slug}/members/${first.user.id}`, 'DELETE', first.cookie),
      call(test, `/api/projects/${project.slug}/members/${second.user.id}`, 'DELETE', second.cookie),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 409]);
    const page = (await (await test.app.request(`/api/projects/${project.slug}`)).json()) as {
      members: { role: string }[];
    };
    expect(page.members.filter((m) => m.role === 'steward')).toHaveLength(1);

    const last = page.members[0] as unknown as { userId: string };
    const lastCookie = last.userId === first.user.id ? first.cookie : second.cookie;
    const demote = await problemOf(
      await call(test, `/api/projects/${project.slug}/members/${last.userId}`, 'PUT', lastCookie, { role: 'member' }),
    );
    expect(demote.status).toBe(409);
  });

  it('invites by e-mail; the invited person accepts once signed in with that address', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const invited = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id, { joinMode: 'request' });
    expect(
      (
        await call(test, `/api/projects/${project.slug}/invitations`, 'POST', steward.cookie, {
          email: invited.user.email,
        })
      ).status,
    ).toBe(202);
    const mail = (await test.outbox()).find((m) => m.to === invited.user.email);
    expect(mail?.text).toContain(`/projets/voir/?projet=${project.slug}&invitation=1`);
    const membership = await (
      await test.app.request(`/api/projects/${project.slug}/membership`, { headers: { cookie: invited.cookie } })
    ).json();
    expect(membership).toEqual({ role: null, requested: false, following: false, invited: true });
    expect((await call(test, `/api/projects/${project.slug}/invitations/accept`, 'POST', invited.cookie)).status).toBe(
      204,
    );
    expect((await call(test, `/api/projects/${project.slug}/invitations/accept`, 'POST', invited.cookie)).status).toBe(
      404,
    );
  });

  it('writes every change to the activity log', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const steward = await personWithRole(test.deps, 'citizen');
    const member = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    clock.advance(1000);
    await joinFixture(test.deps, project.slug, member.user.id);
    clock.advance(1000);
    await call(test, `/api/projects/${project.slug}`, 'PATCH', steward.cookie, { status: 'completed' });
    const log = (await (await test.app.request(`/api/projects/${project.slug}/activity`)).json()) as {
      items: { action: string }[];
    };
    expect(log.items.map((i) => i.action)).toEqual(['edited', 'joined', 'created']);
  });
});

describe('journal and media library', () => {
  it('lets members post (newest first, paginated) and attach their media', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const steward = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    const media = await readyMediaFixture(test.deps, steward.user.id, { title: 'Le pont' });
    for (const body of ['Premier', 'Deuxième', 'Troisième']) {
      clock.advance(1000);
      expect((await call(test, `/api/projects/${project.slug}/journal`, 'POST', steward.cookie, { body })).status).toBe(
        201,
      );
    }
    clock.advance(1000);
    const withMedia = await call(test, `/api/projects/${project.slug}/journal`, 'POST', steward.cookie, {
      body: 'Écoutez',
      mediaId: media.id,
    });
    expect(await withMedia.json()).toMatchObject({ media: { id: media.id, attributionName: 'Fixture Author' } });
    const first = (await (await test.app.request(`/api/projects/${project.slug}/journal?limit=2`)).json()) as {
      items: { bodyHtml: string }[];
      nextCursor: string;
    };
    expect(first.items.map((p) => p.bodyHtml)).toEqual(['<p>Écoutez</p>\n', '<p>Troisième</p>\n']);
    const second = (await (
      await test.app.request(`/api/projects/${project.slug}/journal?limit=2&cursor=${first.nextCursor}`)
    ).json()) as {
      items: { bodyHtml: string }[];
    };
    expect(second.items.map((p) => p.bodyHtml)).toEqual(['<p>Deuxième</p>\n', '<p>Premier</p>\n']);

    expect(
      (await call(test, `/api/projects/${project.slug}/media`, 'POST', steward.cookie, { mediaId: media.id })).status,
    ).toBe(201);
    const page = (await (await test.app.request(`/api/projects/${project.slug}`)).json()) as {
      media: { id: string; licence: string }[];
    };
    expect(page.media).toEqual([expect.objectContaining({ id: media.id, licence: 'CC-BY-SA-4.0' })]);

    const outsider = await personWithRole(test.deps, 'citizen');
    expect(
      (await call(test, `/api/projects/${project.slug}/journal`, 'POST', outsider.cookie, { body: 'Hello' })).status,
    ).toBe(403);
    const someoneElses = await readyMediaFixture(test.deps, outsider.user.id);
    const notMine = await call(test, `/api/projects/${project.slug}/media`, 'POST', steward.cookie, {
      mediaId: someoneElses.id,
    });
    expect(notMine.status).toBe(400);
  });

  it('takes a medium out of the project page when staff hide it, and back when restored', async () => {
    const test = await makeTestApp();
    const steward = await personWithRole(test.deps, 'citizen');
    const staff = await personWithRole(test.deps, 'staff');
    const project = await projectFixture(test.deps, steward.user.id);
    const media = await readyMediaFixture(test.deps, steward.user.id, { openFlags: 1 });
    await call(test, `/api/projects/${project.slug}/media`, 'POST', steward.cookie, { mediaId: media.id });
    await call(test, `/api/moderation/media/${media.id}/hide`, 'POST', staff.cookie, { reason: 'No consent' });
    let page = (await (await test.app.request(`/api/projects/${project.slug}`)).json()) as { media: unknown[] };
    expect(page.media).toEqual([]);
    await call(test, `/api/moderation/media/${media.id}/restore`, 'POST', staff.cookie);
    page = (await (await test.app.request(`/api/projects/${project.slug}`)).json()) as { media: unknown[] };
    expect(page.media).toHaveLength(1);
  });
});
