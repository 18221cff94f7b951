import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import type { RegistrationRecord } from '../../../functions/training/sessions-schema.ts';
import { readSessionCollection } from '../../../functions/training/store/sessions.ts';
import { workshopPersonalData } from '../../../functions/training/workshop-personal-data.ts';
import { personWithRole } from '../accounts-support.ts';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import {
  call,
  citizens,
  instructorOf,
  register,
  scheduled,
  useWorkshopModules,
  WORKSHOP_ONLY,
} from './sessions-support.ts';

useWorkshopModules();

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;
let instructor: Awaited<ReturnType<typeof instructorOf>>;
const clock = manualClock();

beforeAll(async () => {
  test = await makeTestApp({ clock });
  instructor = await instructorOf(test.deps, WORKSHOP_ONLY);
});

/** What the table holds for a session, and whether its counters agree with its registration items. */
const stored = async (deps: AppDeps, sessionId: string) => {
  const { session, registrations } = await readSessionCollection(deps, sessionId);
  if (!session) throw new Error('no session');
  const registered = registrations.filter((r) => r.status === 'registered');
  const waiting = registrations.filter((r) => r.status === 'waiting');
  return { session, registrations, registered, waiting };
};

const expectCountersAgree = async (sessionId: string) => {
  const { session, registered, waiting, registrations } = await stored(test.deps, sessionId);
  expect(session.taken).toBe(registered.length);
  expect(session.waiting).toBe(waiting.length);
  expect(session.taken).toBeLessThanOrEqual(session.seats);
  // One item per person: nobody both waiting and registered.
  expect(new Set(registrations.map((r) => r.userId)).size).toBe(registrations.length);
  return { session, registered, waiting };
};

const parseCalendar = (text: string) => {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
};

describe('registering for a workshop', () => {
  it('takes a seat, e-mails the person in their language with the .ics, and answers the .ics for download', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 3 });
    const [person] = await citizens(test.deps, 1);
    if (!person) throw new Error('no person');
    const response = await register(test, sessionId, person.cookie);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ sessionId, status: 'registered' });

    const mail = (await test.outbox()).find((m) => m.to === person.user.email);
    expect(mail?.subject).toContain('Inscription confirmée');
    const attachment = mail?.attachments?.[0];
    expect(attachment?.contentType).toContain('text/calendar');
    const event = parseCalendar(attachment?.content ?? '');
    expect(event.summary).toBe('Atelier : Prise de son');
    expect(event.location).toBe('Médiathèque des Capucins, salle 2');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-02T16:30:00.000Z');

    const download = await call(test, 'GET', `/sessions/${sessionId}/registration.ics`, person.cookie);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('text/calendar');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    const downloaded = parseCalendar(await download.text());
    expect(downloaded.uid).toBe(event.uid);
    expect(downloaded.startDate.toJSDate().toISOString()).toBe('2026-12-02T14:00:00.000Z');

    const [other] = await citizens(test.deps, 1);
    const notMine = await call(test, 'GET', `/sessions/${sessionId}/registration.ics`, other?.cookie);
    expect(notMine.status).toBe(404);
    expect((await call(test, 'GET', `/sessions/${sessionId}/registration.ics`)).status).toBe(401);

    const session = await call(test, 'GET', `/sessions/${sessionId}`);
    expect(await session.json()).toMatchObject({ seats: 3, seatsLeft: 2, waiting: 0 });
    await expectCountersAgree(sessionId);
  });

  it('refuses registering twice with a 409, and counts the seat once', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY);
    const [person] = await citizens(test.deps, 1);
    if (!person) throw new Error('no person');
    expect((await register(test, sessionId, person.cookie)).status).toBe(201);
    const again = await register(test, sessionId, person.cookie);
    expect(again.status).toBe(409);
    expect((await problemOf(again)).detail).toMatch(/already registered/);
    const both = await Promise.all([
      register(test, sessionId, person.cookie),
      register(test, sessionId, person.cookie),
    ]);
    expect(both.map((r) => r.status)).toEqual([409, 409]);
    const { session } = await expectCountersAgree(sessionId);
    expect(session.taken).toBe(1);
  });

  it('gives the last seat to exactly one of 50 people racing for it; the counter and the items agree', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 1 });
    const people = await citizens(test.deps, 50);
    const answers = await Promise.all(people.map((person) => register(test, sessionId, person.cookie)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const { session, registered, registrations } = await expectCountersAgree(sessionId).then(async (counted) => ({
      ...counted,
      registrations: (await stored(test.deps, sessionId)).registrations,
    }));
    expect(session.taken).toBe(1);
    expect(registered).toHaveLength(1);
    expect(registrations).toHaveLength(1);
    const refused = answers.find((answer) => answer.status === 409);
    if (refused) expect(await problemOf(refused)).toMatchObject({ full: true, waitlist: true });
  }, 120_000);

  it('offers the waiting list when full, and a seat given up goes to its head in the same write, who is e-mailed', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 1 });
    const [holder, first, second] = await citizens(test.deps, 3);
    if (!holder || !first || !second) throw new Error('no people');
    expect((await register(test, sessionId, holder.cookie)).status).toBe(201);
    const firstWaits = await register(test, sessionId, first.cookie, true);
    expect(firstWaits.status).toBe(201);
    expect(await firstWaits.json()).toMatchObject({ status: 'waiting', position: 1 });
    expect(await (await register(test, sessionId, second.cookie, true)).json()).toMatchObject({ position: 2 });
    expect((await call(test, 'GET', `/sessions/${sessionId}/registration.ics`, first.cookie)).status).toBe(404);

    expect((await call(test, 'DELETE', `/sessions/${sessionId}/registration`, holder.cookie)).status).toBe(204);
    const { registered, waiting } = await expectCountersAgree(sessionId);
    expect(registered.map((r) => r.userId)).toEqual([first.user.id]);
    expect(waiting.map((r) => r.userId)).toEqual([second.user.id]);
    const promoted = (await test.outbox()).filter((m) => m.to === first.user.email).at(-1);
    expect(promoted?.subject).toContain('Une place s’est libérée');
    expect(parseCalendar(promoted?.attachments?.[0]?.content ?? '').location).toBe('Médiathèque des Capucins, salle 2');
    const mine = await call(test, 'GET', `/sessions/${sessionId}/registration`, second.cookie);
    expect(await mine.json()).toMatchObject({ status: 'waiting', position: 1 });
    expect((await call(test, 'DELETE', `/sessions/${sessionId}/registration`, holder.cookie)).status).toBe(404);
  });

  it('keeps the stored items in agreement when cancellations race registrations on a session with a waiting list', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 4 });
    const holders = await citizens(test.deps, 4);
    for (const holder of holders) expect((await register(test, sessionId, holder.cookie)).status).toBe(201);
    const waiters = await citizens(test.deps, 3);
    for (const waiter of waiters) {
      expect((await register(test, sessionId, waiter.cookie, true)).status).toBe(201);
      // The list is in arrival order; arrivals within the same millisecond have no order between them.
      clock.advance(1000);
    }
    const newcomers = await citizens(test.deps, 6);

    const leaving = holders.slice(0, 3);
    const answers = await Promise.all([
      ...leaving.map((holder) => call(test, 'DELETE', `/sessions/${sessionId}/registration`, holder.cookie)),
      ...newcomers.map((newcomer) => register(test, sessionId, newcomer.cookie, true)),
    ]);
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([204, 204, 204]);
    expect(answers.slice(3).every((a) => a.status === 201)).toBe(true);

    const { session, registered, waiting } = await expectCountersAgree(sessionId);
    expect(session.taken).toBe(4);
    const registeredIds = registered.map((r) => r.userId);
    // The three who waited first took the three seats given up, each once, before any newcomer.
    for (const waiter of waiters) expect(registeredIds).toContain(waiter.user.id);
    expect(registeredIds).toContain(holders[3]?.user.id);
    expect(waiting).toHaveLength(6);
    for (const waiter of waiters) {
      const promotions = (await test.outbox()).filter(
        (m) => m.to === waiter.user.email && m.subject.includes('Une place'),
      );
      expect(promotions).toHaveLength(1);
    }
  }, 60_000);

  it('frees the seat when nobody waits, and lists my registrations', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 2 });
    const later = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 2 }, 12);
    const [person] = await citizens(test.deps, 1);
    if (!person) throw new Error('no person');
    await register(test, sessionId, person.cookie);
    await register(test, later, person.cookie);
    const list = await test.app.request('/api/me/training/sessions', { headers: { cookie: person.cookie } });
    const { items } = (await list.json()) as { items: { sessionId: string; status: string }[] };
    expect(items.map((item) => item.sessionId)).toEqual([sessionId, later]);
    expect((await call(test, 'DELETE', `/sessions/${sessionId}/registration`, person.cookie)).status).toBe(204);
    const { session } = await expectCountersAgree(sessionId);
    expect(session.taken).toBe(0);
  });

  it('refuses registrations after the deadline', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { deadline: '2026-11-25T09:00:00Z' });
    const closed = await makeTestApp({ clock: { now: () => new Date('2026-11-26T09:00:00Z') } });
    const [person] = await citizens(closed.deps, 1);
    const response = await register(closed, sessionId, person?.cookie ?? '');
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toMatch(/closed/);
  });

  it('exports registrations, and the erasure gives up those to come (promoting the waiting list) and removes past ones', async () => {
    const soon = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 1 }, 2);
    const [leaving, waiting] = await citizens(test.deps, 2);
    if (!leaving || !waiting) throw new Error('no people');
    await register(test, soon, leaving.cookie);
    await register(test, soon, waiting.cookie, true);
    const subject = { ...leaving.user, displayName: 'x', attributionName: 'x' };
    const exported = (await workshopPersonalData.export(test.deps, subject)) as RegistrationRecord[];
    expect(exported).toMatchObject([{ sessionId: soon, status: 'registered' }]);
    expect(JSON.stringify(exported)).not.toContain(leaving.user.email);

    // The session is past for the erasure of another person registered for it.
    const [past] = await citizens(test.deps, 1);
    const pastSession = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 3 }, 1);
    await register(test, pastSession, past?.cookie ?? '');

    expect(
      await workshopPersonalData.erase(test.deps, { user: subject, contributions: 'keep-credited', limit: 10 }),
    ).toBe('done');
    const { registered } = await expectCountersAgree(soon);
    expect(registered.map((r) => r.userId)).toEqual([waiting.user.id]);

    const later = await makeTestApp({ clock: { now: () => new Date('2026-12-01T09:00:00Z') } });
    const pastSubject = { ...(past?.user ?? subject), displayName: 'x', attributionName: 'x' };
    await workshopPersonalData.erase(later.deps, { user: pastSubject, contributions: 'keep-credited', limit: 10 });
    const after = await stored(test.deps, pastSession);
    expect(after.registrations).toHaveLength(0);
    // A past seat is not handed on: the count stays what the session had.
    expect(after.session.taken).toBe(1);
  });

  it('answers 401 to residents and 404 for an unknown session', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY);
    expect((await register(test, sessionId, '')).status).toBe(401);
    const person = await personWithRole(test.deps, 'citizen');
    expect((await register(test, crypto.randomUUID(), person.cookie)).status).toBe(404);
  });
});
