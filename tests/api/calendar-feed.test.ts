import { describe, expect, it } from 'vitest';
import { getFeedOf } from '../../functions/calendar-feed/store.ts';
import { hashToken } from '../../functions/platform/tokens.ts';
import { registerForSession } from '../../functions/training/registration-register.ts';
import { scheduleSession } from '../../functions/training/sessions-manage.ts';
import { ScheduleSessionSchema } from '../../functions/training/sessions-schema.ts';
import { nameInstructor } from '../../functions/training/store/instructors.ts';
import { personWithRole } from './accounts-support.ts';
import { MON_TO_SAT, modelFixture, pointFixture } from './lending/fixtures.ts';
import { call, json, lendingClock, reserve } from './lending/reservations-support.ts';
import { viewerFor } from './projects-support.ts';
import { browserHeaders, makeTestApp, problemOf } from './support.ts';
import { WORKSHOP_ONLY } from './training/support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;

interface NewFeed {
  active: boolean;
  createdAt: string;
  language: 'fr' | 'en';
  url: string;
  replaced: boolean;
}

const createFeed = async (test: Test, cookie: string, language: 'fr' | 'en' = 'fr') => {
  const answer = await call(test, '/api/me/calendar-feed', 'POST', cookie, { language });
  expect(answer.status).toBe(201);
  return json<NewFeed>(answer);
};

/** What a calendar application does: GET the address, no cookie. */
const subscribe = (test: Test, url: string) => test.app.request(new URL(url).pathname);

/** A person with a loan (Wednesday 2 to Thursday 3 December) and a seat in a workshop session. */
const personWithEvents = async () => {
  const test = await makeTestApp({ clock: lendingClock() });
  const point = await pointFixture(test.deps, { ...MON_TO_SAT, name: 'Médiathèque, étage 1' });
  const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
  const person = await personWithRole(test.deps, 'citizen');
  const reserved = await reserve(test, person.cookie, {
    modelId: model.id,
    pointId: point.id,
    pickUp: '2026-12-02',
    returnDay: '2026-12-03',
  });
  expect(reserved.status).toBe(201);
  const loan = await json<{ id: string }>(reserved);

  const teacher = await personWithRole(test.deps, 'staff');
  await nameInstructor(test.deps, {
    moduleId: WORKSHOP_ONLY,
    userId: teacher.user.id,
    namedBy: 'test',
    namedAt: test.clock.now().toISOString(),
  });
  const { id: sessionId } = await scheduleSession(test.deps, {
    viewer: await viewerFor(test.deps, teacher.user.id),
    moduleId: WORKSHOP_ONLY,
    input: ScheduleSessionSchema.parse({
      startsAt: '2026-12-05T13:00:00Z',
      endsAt: '2026-12-05T15:00:00Z',
      place: 'Salle 2',
      seats: 5,
      language: 'fr',
    }),
  });
  await registerForSession(test.deps, {
    viewer: await viewerFor(test.deps, person.user.id),
    sessionId,
    waitlist: false,
  });
  return { test, person, model, point, loan, sessionId };
};

describe('the calendar feed', () => {
  it('serves a person’s loans and workshop sessions at an unguessable address, never cached', async () => {
    const { test, person, model, loan, sessionId } = await personWithEvents();
    expect(await json(await call(test, '/api/me/calendar-feed', 'GET', person.cookie))).toEqual({ active: false });

    const feed = await createFeed(test, person.cookie, 'fr');
    expect(feed).toMatchObject({ active: true, language: 'fr', replaced: false });
    const token = /\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(feed.url)?.[1];
    expect(token).toBeDefined();
    // Only the hash is kept: the table holds no address.
    expect(await getFeedOf(test.deps, person.user.id)).toMatchObject({ tokenHash: hashToken(token ?? '') });
    expect(JSON.stringify(await getFeedOf(test.deps, person.user.id))).not.toContain(token);

    const answer = await subscribe(test, feed.url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const text = await answer.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-CALNAME:Communs : mes emprunts et ateliers');
    const unfolded = text.replace(/\r\n /g, '');
    // The loan's two events and the session's, earliest first, with the e-mails' UIDs.
    const uids = [...unfolded.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]);
    expect(uids).toEqual([
      `loan-${loan.id}-pick-up@communs.test`,
      `loan-${loan.id}-return@communs.test`,
      `workshop-${sessionId}@communs.test`,
    ]);
    expect(unfolded).toContain(`SUMMARY:Retrait : ${model.name}`);
    expect(unfolded).toContain('LOCATION:Médiathèque\\, étage 1');
    expect(unfolded).toContain('DTSTART:20261202T090000Z');
    expect(unfolded).toContain('DTSTART:20261205T130000Z');

    // The person's status shows the feed, never its address.
    const status = await json(await call(test, '/api/me/calendar-feed', 'GET', person.cookie));
    expect(status).toEqual({ active: true, createdAt: feed.createdAt, language: 'fr' });

    // Cancelled: the loan leaves the feed.
    expect((await call(test, `/api/lending/reservations/${loan.id}/cancel`, 'POST', person.cookie)).status).toBe(200);
    const after = (await (await subscribe(test, feed.url)).text()).replace(/\r\n /g, '');
    expect([...after.matchAll(/^UID:(.+)$/gm)].map((match) => match[1])).toEqual([
      `workshop-${sessionId}@communs.test`,
    ]);
  });

  it('replaces the address on demand, revokes it, and refuses what is no address', async () => {
    const { test, person } = await personWithEvents();
    const first = await createFeed(test, person.cookie, 'fr');
    const second = await createFeed(test, person.cookie, 'en');
    expect(second).toMatchObject({ replaced: true, language: 'en' });
    expect(second.url).not.toBe(first.url);
    expect((await subscribe(test, first.url)).status).toBe(404);
    const english = await subscribe(test, second.url);
    expect(english.status).toBe(200);
    expect(await english.text()).toContain('X-WR-CALNAME:Communs: my loans and workshops');

    // An address nobody was given, or a malformed one.
    const unknown = await test.app.request(`/api/calendar/${'A'.repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toMatch(/no-store/);
    expect((await test.app.request('/api/calendar/short.ics')).status).toBe(400);
    expect((await test.app.request(`/api/calendar/${'A'.repeat(43)}.json`)).status).toBe(400);

    const revoked = await call(test, '/api/me/calendar-feed', 'DELETE', person.cookie);
    expect(revoked.status).toBe(204);
    expect((await subscribe(test, second.url)).status).toBe(404);
    expect(await getFeedOf(test.deps, person.user.id)).toBeUndefined();
    const again = await call(test, '/api/me/calendar-feed', 'DELETE', person.cookie);
    expect(again.status).toBe(404);
    expect((await problemOf(again)).detail).toMatch(/no calendar feed/i);
    expect(await json(await call(test, '/api/me/calendar-feed', 'GET', person.cookie))).toEqual({ active: false });
  });

  it('gives one address for ten creations at once: the others are replaced or refused', async () => {
    const { test, person } = await personWithEvents();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => call(test, '/api/me/calendar-feed', 'POST', person.cookie, { language: 'fr' })),
    );
    const made = await Promise.all(answers.filter((a) => a.status === 201).map((a) => json<NewFeed>(a)));
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const working = await Promise.all(made.map(async (feed) => (await subscribe(test, feed.url)).status));
    expect(working.filter((status) => status === 200)).toHaveLength(1);
    const stored = await getFeedOf(test.deps, person.user.id);
    const live = made.find(
      (feed) => hashToken(/([A-Za-z0-9_-]{43})\.ics$/.exec(feed.url)?.[1] ?? '') === stored?.tokenHash,
    );
    expect(live).toBeDefined();
  });

  it('is in the person’s export (not its address) and goes with their erasure', async () => {
    const { test, person, loan } = await personWithEvents();
    const feed = await createFeed(test, person.cookie);
    const exported = await json<{ 'calendar-feed': unknown }>(
      await test.app.request('/api/me/export', { headers: { cookie: person.cookie } }),
    );
    expect(exported['calendar-feed']).toEqual({ active: true, createdAt: feed.createdAt, language: 'fr' });
    expect(JSON.stringify(exported)).not.toContain(new URL(feed.url).pathname);

    // The loan is cancelled first (lending refuses to erase a person holding equipment).
    expect((await call(test, `/api/lending/reservations/${loan.id}/cancel`, 'POST', person.cookie)).status).toBe(200);
    const erased = await test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(person.cookie),
      body: JSON.stringify({ confirmEmail: person.user.email, contributions: 'keep-credited' }),
    });
    expect(erased.status).toBe(202);
    await test.work.idle();
    expect(await getFeedOf(test.deps, person.user.id)).toBeUndefined();
    expect((await subscribe(test, feed.url)).status).toBe(404);
  });
});
