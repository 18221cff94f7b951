import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendWorkshopReminders } from '../../../functions/training/workshop-reminders.ts';
import { makeTestApp, manualClock } from '../support.ts';
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
// A day far from the other files' sessions, so only this file's sessions start "tomorrow".
const clock = manualClock(new Date('2027-03-09T06:00:00Z'));

beforeAll(async () => {
  test = await makeTestApp({ clock });
  instructor = await instructorOf(test.deps, WORKSHOP_ONLY);
});

describe('workshop reminders the day before', () => {
  it('reminds everyone holding a seat in a session starting tomorrow in the city, once however often the job runs', async () => {
    // 2027-03-10 00:30 in Paris is still the 9th in UTC: it starts tomorrow for the city.
    const earlyTomorrow = await scheduled(test, instructor, WORKSHOP_ONLY, {
      startsAt: '2027-03-09T23:30:00Z',
      endsAt: '2027-03-10T01:00:00Z',
    });
    const tomorrow = await scheduled(test, instructor, WORKSHOP_ONLY, {
      startsAt: '2027-03-10T13:00:00Z',
      endsAt: '2027-03-10T15:00:00Z',
      seats: 1,
    });
    const dayAfter = await scheduled(test, instructor, WORKSHOP_ONLY, {
      startsAt: '2027-03-10T23:30:00Z',
      endsAt: '2027-03-11T01:00:00Z',
    });
    const cancelled = await scheduled(test, instructor, WORKSHOP_ONLY, {
      startsAt: '2027-03-10T10:00:00Z',
      endsAt: '2027-03-10T11:00:00Z',
    });
    const [a, b, waiting, c, d] = await citizens(test.deps, 5);
    if (!a || !b || !waiting || !c || !d) throw new Error('no people');
    await register(test, earlyTomorrow, a.cookie);
    await register(test, tomorrow, b.cookie);
    await register(test, tomorrow, waiting.cookie, true);
    await register(test, dayAfter, c.cookie);
    await register(test, cancelled, d.cookie);
    await call(test, 'POST', `/sessions/${cancelled}/cancel`, instructor.cookie, { message: 'Annulé.' });

    const first = await sendWorkshopReminders(test.deps);
    expect(first).toMatchObject({ sessions: 2, reminded: 2, alreadySent: 0 });
    clock.advance(3 * 3_600_000);
    const second = await sendWorkshopReminders(test.deps);
    expect(second).toMatchObject({ sessions: 2, reminded: 0, alreadySent: 2 });

    const reminders = (await test.outbox()).filter((m) => m.subject.startsWith('Rappel'));
    expect(reminders.map((m) => m.to).sort()).toEqual([a.user.email, b.user.email].sort());
    const event = new ICAL.Event(
      new ICAL.Component(
        ICAL.parse(reminders.find((m) => m.to === b.user.email)?.attachments?.[0]?.content ?? ''),
      ).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-10T13:00:00.000Z');
  });
});
