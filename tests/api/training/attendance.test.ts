import { beforeAll, describe, expect, it } from 'vitest';
import { getCertification } from '../../../functions/training/store/certifications.ts';
import { getProgress } from '../../../functions/training/store/progress.ts';
import { makeTestApp, manualClock } from '../support.ts';
import {
  call,
  citizens,
  instructorOf,
  register,
  scheduled,
  useWorkshopModules,
  WITH_QUIZ,
  WORKSHOP_ONLY,
} from './sessions-support.ts';
import { holderPath, invalidatedSince } from './support.ts';

useWorkshopModules();

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;
let onTheDay: TestApp;
let instructor: Awaited<ReturnType<typeof instructorOf>>;
const clock = manualClock();

beforeAll(async () => {
  test = await makeTestApp({ clock });
  // The sessions below start on 27 November (3 days on); this app's clock is that morning in Brest.
  onTheDay = await makeTestApp({ clock: manualClock(new Date('2026-11-27T08:00:00Z')) });
  instructor = await instructorOf(test.deps, WORKSHOP_ONLY);
});

const mark = (app: TestApp, sessionId: string, userId: string, attended: boolean, cookie = instructor.cookie) =>
  call(app, 'PUT', `/sessions/${sessionId}/attendance/${userId}`, cookie, { attended });

describe('attendance at a workshop', () => {
  it('shows the instructor who is registered and who waits, in one read', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 1 }, 3);
    const [seated, waiting] = await citizens(test.deps, 2);
    if (!seated || !waiting) throw new Error('no people');
    await register(test, sessionId, seated.cookie);
    await register(test, sessionId, waiting.cookie, true);
    const roster = await call(test, 'GET', `/sessions/${sessionId}/registrations`, instructor.cookie);
    expect(roster.status).toBe(200);
    expect(roster.headers.get('cache-control')).toBe('private, no-store');
    const body = (await roster.json()) as { registered: { userId: string }[]; waiting: { userId: string }[] };
    expect(body.registered.map((r) => r.userId)).toEqual([seated.user.id]);
    expect(body.waiting.map((r) => r.userId)).toEqual([waiting.user.id]);
    expect(JSON.stringify(body)).not.toContain(seated.user.email);
    expect((await call(test, 'GET', `/sessions/${sessionId}/registrations`, seated.cookie)).status).toBe(403);
  });

  it('earns the certification of a module without quiz in the same write as the mark, from the session day on', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 3 }, 3);
    const [person, waiting] = await citizens(test.deps, 2);
    if (!person || !waiting) throw new Error('no people');
    await register(test, sessionId, person.cookie);

    const early = await mark(test, sessionId, person.user.id, true);
    expect(early.status).toBe(409);
    expect(await getCertification(test.deps, person.user.id, WORKSHOP_ONLY)).toBeUndefined();

    const seen = onTheDay.edgeCache.invalidations.length;
    const marked = await mark(onTheDay, sessionId, person.user.id, true);
    expect(marked.status).toBe(200);
    expect(await marked.json()).toEqual({ userId: person.user.id, attended: true, certified: true });
    // Their public list (when they show it) has the certification at once; no one else's changed.
    expect(invalidatedSince(onTheDay, seen)).toEqual([holderPath(person.user.id)]);
    const certification = await getCertification(test.deps, person.user.id, WORKSHOP_ONLY);
    expect(certification).toMatchObject({ how: 'workshop', grantedBy: instructor.user.id, revoked: false });

    // Marked again: nothing earned twice, nothing to refresh.
    const seenAgain = onTheDay.edgeCache.invalidations.length;
    const again = await mark(onTheDay, sessionId, person.user.id, true);
    expect(await again.json()).toMatchObject({ certified: false });
    expect(invalidatedSince(onTheDay, seenAgain)).toEqual([]);
    expect((await getCertification(test.deps, person.user.id, WORKSHOP_ONLY))?.earnedAt).toBe(certification?.earnedAt);

    const roster = await call(onTheDay, 'GET', `/sessions/${sessionId}/registrations`, instructor.cookie);
    expect(((await roster.json()) as { registered: { attended?: boolean }[] }).registered[0]?.attended).toBe(true);

    expect((await mark(onTheDay, sessionId, waiting.user.id, true)).status).toBe(404);
    expect((await mark(onTheDay, sessionId, instructor.user.id, true)).status).toBe(403);
  });

  it('records attendance towards a module with a quiz, and earns nothing until the quiz is passed', async () => {
    const quizInstructor = await instructorOf(test.deps, WITH_QUIZ);
    const sessionId = await scheduled(test, quizInstructor, WITH_QUIZ, { seats: 3 }, 3);
    const [person] = await citizens(test.deps, 1);
    if (!person) throw new Error('no person');
    await register(test, sessionId, person.cookie);
    const marked = await mark(onTheDay, sessionId, person.user.id, true, quizInstructor.cookie);
    expect(await marked.json()).toMatchObject({ attended: true, certified: false });
    expect(await getCertification(test.deps, person.user.id, WITH_QUIZ)).toBeUndefined();
    expect(await getProgress(test.deps, person.user.id, WITH_QUIZ)).toMatchObject({
      attendanceMarkedBy: quizInstructor.user.id,
      sessionId,
    });
    // Taken back (marked by mistake): the progress forgets it.
    const unmarked = await mark(onTheDay, sessionId, person.user.id, false, quizInstructor.cookie);
    expect(await unmarked.json()).toMatchObject({ attended: false });
    expect((await getProgress(test.deps, person.user.id, WITH_QUIZ))?.attendedAt).toBeUndefined();
  });

  it('answers 403 to an instructor of another module', async () => {
    const sessionId = await scheduled(test, instructor, WORKSHOP_ONLY, { seats: 3 }, 3);
    const [person] = await citizens(test.deps, 1);
    await register(test, sessionId, person?.cookie ?? '');
    const other = await instructorOf(test.deps, WITH_QUIZ);
    expect((await mark(onTheDay, sessionId, person?.user.id ?? '', true, other.cookie)).status).toBe(403);
    expect(await getCertification(test.deps, person?.user.id ?? '', WORKSHOP_ONLY)).toBeUndefined();
  });
});
