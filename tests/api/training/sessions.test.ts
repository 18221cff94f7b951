import { beforeAll, describe, expect, it } from 'vitest';
import { updateUser } from '../../../functions/accounts/store.ts';
import { readSessionCollection } from '../../../functions/training/store/sessions.ts';
import { personWithRole } from '../accounts-support.ts';
import { makeTestApp, problemOf } from '../support.ts';
import {
  call,
  citizens,
  instructorOf,
  register,
  scheduled,
  sessionInput,
  useWorkshopModules,
  WITH_QUIZ,
  WORKSHOP_ONLY,
} from './sessions-support.ts';

useWorkshopModules();

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;
let instructor: Awaited<ReturnType<typeof instructorOf>>;

beforeAll(async () => {
  test = await makeTestApp();
  instructor = await instructorOf(test.deps, WORKSHOP_ONLY);
});

const countersAgree = async (sessionId: string) => {
  const { session, registrations } = await readSessionCollection(test.deps, sessionId);
  if (!session) throw new Error('no session');
  const registered = registrations.filter((r) => r.status === 'registered');
  expect(session.taken).toBe(registered.length);
  expect(session.waiting).toBe(registrations.length - registered.length);
  expect(session.taken).toBeLessThanOrEqual(session.seats);
  return { session, registered };
};

describe('workshop sessions', () => {
  it('are scheduled by instructors of the module and listed publicly, soonest first', async () => {
    const later = await scheduled(test, instructor, WORKSHOP_ONLY, { minimum: 2 }, 20);
    const sooner = await scheduled(test, instructor, WORKSHOP_ONLY, {}, 10);
    const list = await call(test, 'GET', '/sessions?limit=100');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toContain('public');
    const { items } = (await list.json()) as { items: { id: string; moduleTitle: { fr: string } }[] };
    const ids = items.map((item) => item.id);
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    expect(items.find((item) => item.id === later)?.moduleTitle.fr).toBe('Workshop only (fr)');
    const detail = await call(test, 'GET', `/sessions/${later}`);
    expect(await detail.json()).toMatchObject({ seats: 5, seatsLeft: 5, minimum: 2, status: 'open', language: 'fr' });
  });

  it('answers 403 to anyone who does not teach the module, and 404 for an unknown module', async () => {
    const otherStaff = await personWithRole(test.deps, 'staff');
    const citizen = await personWithRole(test.deps, 'citizen');
    const teacherOfOther = await instructorOf(test.deps, WITH_QUIZ);
    for (const person of [otherStaff, citizen, teacherOfOther]) {
      const response = await call(test, 'POST', `/${WORKSHOP_ONLY}/sessions`, person.cookie, sessionInput());
      expect(response.status).toBe(403);
    }
    expect((await call(test, 'POST', `/${WORKSHOP_ONLY}/sessions`, undefined, sessionInput())).status).toBe(401);
    expect((await call(test, 'POST', '/no-such-module/sessions', instructor.cookie, sessionInput())).status).toBe(404);
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY);
    const edit = await call(test, 'PATCH', `/sessions/${sessionId}`, teacherOfOther.cookie, { seats: 9 });
    expect(edit.status).toBe(403);
    const cancel = await call(test, 'POST', `/sessions/${sessionId}/cancel`, teacherOfOther.cookie, { message: 'x' });
    expect(cancel.status).toBe(403);
    expect((await call(test, 'GET', `/sessions/${sessionId}/registrations`, teacherOfOther.cookie)).status).toBe(403);
    const mark = await call(test, 'PUT', `/sessions/${sessionId}/attendance/${citizen.user.id}`, otherStaff.cookie, {
      attended: true,
    });
    expect(mark.status).toBe(403);
  });

  it('refuses a session in the past, ending before it starts, or closing after it starts', async () => {
    const past = await call(test, 'POST', `/${WORKSHOP_ONLY}/sessions`, instructor.cookie, sessionInput({}, -2));
    expect(past.status).toBe(400);
    const backwards = sessionInput({ endsAt: '2026-12-01T10:00:00Z' });
    expect((await call(test, 'POST', `/${WORKSHOP_ONLY}/sessions`, instructor.cookie, backwards)).status).toBe(400);
    const lateDeadline = sessionInput({ deadline: '2026-12-09T10:00:00Z' });
    expect((await call(test, 'POST', `/${WORKSHOP_ONLY}/sessions`, instructor.cookie, lateDeadline)).status).toBe(400);
  });

  it('never lowers the seats below those taken, and gives seats added to the waiting list in its order', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 2 });
    const [a, b, c] = await citizens(test.deps, 3);
    if (!a || !b || !c) throw new Error('no people');
    await register(test, sessionId, a.cookie);
    await register(test, sessionId, b.cookie);
    expect((await register(test, sessionId, c.cookie, true)).status).toBe(201);
    const lower = await call(test, 'PATCH', `/sessions/${sessionId}`, instructor.cookie, { seats: 1 });
    expect(lower.status).toBe(409);
    expect(await problemOf(lower)).toMatchObject({ taken: 2 });
    const raise = await call(test, 'PATCH', `/sessions/${sessionId}`, instructor.cookie, {
      seats: 4,
      place: 'Salle 3',
    });
    expect(raise.status).toBe(200);
    expect(await raise.json()).toMatchObject({ seats: 4, seatsLeft: 1, waiting: 0, place: 'Salle 3' });
    const { registered } = await countersAgree(sessionId);
    expect(registered.map((r) => r.userId).sort()).toEqual([a.user.id, b.user.id, c.user.id].sort());
    expect((await test.outbox()).some((m) => m.to === c.user.email && m.subject.includes('Une place'))).toBe(true);
  });

  it('keeps registrations whole when an edit lowering the seats races them', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 10 });
    const people = await citizens(test.deps, 12);
    const answers = await Promise.all([
      ...people.map((person) => register(test, sessionId, person.cookie)),
      call(test, 'PATCH', `/sessions/${sessionId}`, instructor.cookie, { seats: 6 }),
    ]);
    const edit = answers.at(-1);
    const { session, registered } = await countersAgree(sessionId);
    const admitted = answers.slice(0, -1).filter((answer) => answer.status === 201).length;
    expect(registered).toHaveLength(admitted);
    // Either the edit landed (and at most 6 seats were taken then, none after) or it was refused.
    if (edit?.status === 200) expect(session.seats).toBe(6);
    else expect(edit?.status).toBe(409);
  }, 60_000);

  it('cancels with a message e-mailed to everyone registered or waiting, in their language; registrations racing it are refused or kept whole', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 1 });
    const [french, english] = await citizens(test.deps, 2);
    if (!french || !english) throw new Error('no people');
    await updateUser(test.deps, english.user.id, { language: 'en' });
    await register(test, sessionId, french.cookie);
    await register(test, sessionId, english.cookie, true);
    const racers = await citizens(test.deps, 5);
    const answers = await Promise.all([
      call(test, 'POST', `/sessions/${sessionId}/cancel`, instructor.cookie, { message: 'Trop peu d’inscrits.' }),
      ...racers.map((person) => register(test, sessionId, person.cookie, true)),
    ]);
    expect(answers[0]?.status).toBe(200);
    await countersAgree(sessionId);
    const outbox = await test.outbox();
    const toFrench = outbox.find((m) => m.to === french.user.email && m.subject.startsWith('Atelier annulé'));
    expect(toFrench?.text).toContain('Trop peu d’inscrits.');
    const toEnglish = outbox.find((m) => m.to === english.user.email && m.subject.startsWith('Workshop cancelled'));
    expect(toEnglish?.text).toContain('Trop peu d’inscrits.');
    const detail = await call(test, 'GET', `/sessions/${sessionId}`);
    expect(await detail.json()).toMatchObject({ status: 'cancelled', cancelMessage: 'Trop peu d’inscrits.' });
    const list = (await (await call(test, 'GET', '/sessions?limit=100')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).not.toContain(sessionId);
    const [late] = await citizens(test.deps, 1);
    const refused = await register(test, sessionId, late?.cookie ?? '', true);
    expect(refused.status).toBe(409);
    const again = await call(test, 'POST', `/sessions/${sessionId}/cancel`, instructor.cookie, { message: 'x' });
    expect(again.status).toBe(409);
  }, 60_000);
});
