import { describe, expect, it } from 'vitest';
import { updateUser } from '../../../functions/accounts/store.ts';
import { releaseNoShows } from '../../../functions/lending/reminders/release-no-shows.ts';
import { sendLoanReminders } from '../../../functions/lending/reminders/send-reminders.ts';
import { releaseReturnedLoans } from '../../../functions/lending/reservations/release-returned-loans.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { makeTestApp, manualClock } from '../support.ts';
import { MON_TO_SAT, modelFixture, pointFixture } from './fixtures.ts';
import { handOverInStore, interruptedAfterClaims, takeBackInStore } from './reminders-support.ts';
import { borrowerCounters, citizen, json, reserve, unitDays } from './reservations-support.ts';
import { joined, storedEntry } from './waitlist-support.ts';

/**
 * The daily tasks read every point's desk lists, whoever's: this file's no-shows run on the first
 * days of November 2026 (to the 4th), before every other lending test's days (from the 10th on),
 * so they release only its own reservations; its reminders' runs (to the 13th) only send mail,
 * and each test reads only its own people's. Its tests run one after the other.
 */

const DAY = 24 * 3600_000;
const CONFIRMED = /^(Réservation confirmée|Reservation confirmed)/;

const lendingSetup = async (start: string, units: number, mail?: { refuse: Set<string> }) => {
  const clock = manualClock(new Date(start));
  const test = await makeTestApp({ clock, ...(mail ? { mail } : {}) });
  const point = await pointFixture(test.deps, MON_TO_SAT);
  const { model, units: made } = await modelFixture(test.deps, { pointIds: [point.id], units });
  const take = async (cookie: string, pickUp: string, returnDay: string) => {
    const answer = await reserve(test, cookie, { modelId: model.id, pointId: point.id, pickUp, returnDay });
    expect(answer.status).toBe(201);
    return (await json<{ id: string }>(answer)).id;
  };
  /** The reminders an address received (its reservations' confirmations left out), in order. */
  const reminders = async (email: string) =>
    (await test.outbox()).filter((message) => message.to === email && !CONFIRMED.test(message.subject));
  const received = async (email: string) => (await reminders(email)).map((message) => message.subject);
  return { clock, test, point, model, units: made, take, received, reminders };
};

describe('loan reminders', () => {
  it('sends pick-up tomorrow, return tomorrow and overdue (the day after, every 3 days) once each, run twice at once', async () => {
    // Monday 2 November 2026, 10:00 in Brest.
    const { clock, test, model, take, received, reminders } = await lendingSetup('2026-11-02T09:00:00Z', 3);
    const [picker, borrower, late] = await Promise.all([1, 2, 3].map(() => citizen(test.deps)));
    if (!picker || !borrower || !late) throw new Error('people');
    await updateUser(test.deps, borrower.user.id, { language: 'en' });
    await take(picker.cookie, '2026-11-03', '2026-11-04');
    const returnTomorrow = await take(borrower.cookie, '2026-11-02', '2026-11-03');
    const dueToday = await take(late.cookie, '2026-11-02', '2026-11-02');
    await handOverInStore(test.deps, returnTomorrow);
    await handOverInStore(test.deps, dueToday);

    // Two runs at once: each notice goes once.
    const runs = await Promise.all([sendLoanReminders(test.deps), sendLoanReminders(test.deps)]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBeGreaterThanOrEqual(2);
    expect(await received(picker.user.email)).toEqual([`À retirer demain : ${model.name}`]);
    expect(await received(borrower.user.email)).toEqual([`To return tomorrow: ${model.name}`]);
    expect(await received(late.user.email)).toEqual([]);
    const [pickUpMail] = await reminders(picker.user.email);
    expect(pickUpMail?.text).toContain('demain, mardi 3 novembre 2026');
    expect(pickUpMail?.text).toContain('10:00–18:00');

    // Day by day to Sunday the 8th (a run again the same day on the 4th sends nothing more).
    for (let day = 3; day <= 8; day++) {
      clock.advance(DAY);
      await sendLoanReminders(test.deps);
      if (day === 4) await sendLoanReminders(test.deps);
    }
    expect(await received(picker.user.email)).toHaveLength(1);
    expect(await received(borrower.user.email)).toEqual([
      `To return tomorrow: ${model.name}`,
      `Overdue: ${model.name} is to be returned`,
      `Overdue: ${model.name} is to be returned`,
    ]);
    expect(await received(late.user.email)).toEqual([
      `Retard : ${model.name} est à rendre`,
      `Retard : ${model.name} est à rendre`,
    ]);
    const overdue = (await reminders(late.user.email)).map((m) => m.sentAt.slice(0, 10));
    expect(overdue).toEqual(['2026-11-03', '2026-11-06']);
    const borrowerLate = await reminders(borrower.user.email);
    expect(borrowerLate.map((m) => m.sentAt.slice(0, 10))).toEqual(['2026-11-02', '2026-11-04', '2026-11-07']);
    expect(borrowerLate[2]?.text).toContain('4 days late');

    // Loans out are no reservations past their return day: they count until taken back.
    await releaseReturnedLoans(test.deps);
    expect((await getReservation(test.deps, dueToday))?.activeReleasedAt).toBeUndefined();
    expect((await borrowerCounters(test.deps, late.user.id)).get('ACTIVE#listening-player')).toBe(1);

    // Taken back: no more notices.
    await takeBackInStore(test.deps, returnTomorrow);
    await takeBackInStore(test.deps, dueToday);
    clock.advance(DAY);
    await sendLoanReminders(test.deps);
    expect(await received(late.user.email)).toHaveLength(2);
    expect(await received(borrower.user.email)).toHaveLength(3);
  });

  it('releases a reservation not picked up, gives its days and counters back and offers it to the waiting list, once for two runs at once', async () => {
    const { clock, test, point, model, units, take, received } = await lendingSetup('2026-11-02T09:00:00Z', 1);
    const unit = units[0];
    if (!unit) throw new Error('unit');
    const [absent, waiting] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    const reservationId = await take(absent.cookie, '2026-11-03', '2026-11-06');
    const entryId = await joined(test, waiting.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-11-05',
      returnDay: '2026-11-06',
    });
    expect((await borrowerCounters(test.deps, absent.user.id)).get('ACTIVE#listening-player')).toBe(1);

    // The pick-up day itself: nothing yet.
    clock.advance(DAY);
    await releaseNoShows(test.deps);
    expect((await getReservation(test.deps, reservationId))?.status).toBe('reserved');

    // Wednesday the 4th: the pick-up day closed without a hand-over.
    clock.advance(DAY);
    // (The runs release every no-show of the table: the stored items tell what happened to this one.)
    await Promise.all([releaseNoShows(test.deps), releaseNoShows(test.deps)]);
    const released = await getReservation(test.deps, reservationId);
    expect(released).toMatchObject({ status: 'no-show', noShowAt: '2026-11-04T09:00:00.000Z' });
    const counters = await borrowerCounters(test.deps, absent.user.id);
    expect(counters.get('ACTIVE#listening-player')).toBe(0);
    for (const [key, days] of counters)
      if (key.startsWith('WINDOW#') && key.slice(-10) >= '2026-11-04') expect(days).toBe(0);

    // Its days from today on are the waiting person's hold now (the 4th is free again).
    const entry = await storedEntry(test.deps, entryId);
    expect(entry).toMatchObject({ status: 'offered', offer: { unitId: unit.id } });
    const days = await unitDays(test.deps, unit.id);
    expect(days.filter((d) => d.day >= '2026-11-04').map((d) => [d.day, d.kind, d.holdFor])).toEqual([
      ['2026-11-05', 'hold', entryId],
      ['2026-11-06', 'hold', entryId],
    ]);
    // The pick-up day stays as it was (past: nobody can take it, it expires).
    expect(days.find((d) => d.day === '2026-11-03')?.reservationId).toBe(reservationId);

    // Told once, in their words.
    expect(await received(absent.user.email)).toEqual([`Réservation libérée : ${model.name}`]);

    // Run again: nothing more.
    await releaseNoShows(test.deps);
    expect(await received(absent.user.email)).toHaveLength(1);
    expect((await getReservation(test.deps, reservationId))?.updatedAt).toBe('2026-11-04T09:00:00.000Z');
    expect((await storedEntry(test.deps, entryId)).updatedAt).toBe(entry.updatedAt);
    expect((await borrowerCounters(test.deps, absent.user.id)).get('ACTIVE#listening-player')).toBe(0);
  });

  it('run again after being stopped midway, sends every notice exactly once', async () => {
    // Monday 9 November: five pick-ups on Tuesday the 10th.
    const { test, take, received } = await lendingSetup('2026-11-09T09:00:00Z', 5);
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => citizen(test.deps)));
    const ids = await Promise.all(people.map((person) => take(person.cookie, '2026-11-10', '2026-11-10')));

    // The first run stops after two of them (its table connection cut, as by a Lambda timeout).
    // (It ends in an error or not, depending on whether other points' lists came after the cut.)
    await sendLoanReminders(interruptedAfterClaims(test.deps, ids, 2)).catch((error: Error) =>
      expect(error.message).toBe('Task timed out'),
    );
    const afterStop = await Promise.all(people.map((person) => received(person.user.email)));
    expect(afterStop.filter((subjects) => subjects.length === 1)).toHaveLength(2);
    expect(afterStop.filter((subjects) => subjects.length === 0)).toHaveLength(3);

    await sendLoanReminders(test.deps);
    await sendLoanReminders(test.deps);
    for (const person of people) expect(await received(person.user.email)).toHaveLength(1);
  });

  it('goes on past an address the mail service refuses, and tries it again at the next run', async () => {
    const refused = new Set<string>();
    const { test, take, received } = await lendingSetup('2026-11-09T09:00:00Z', 2, { refuse: refused });
    const [typo, other] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    refused.add(typo.user.email);
    await take(typo.cookie, '2026-11-10', '2026-11-11');
    await take(other.cookie, '2026-11-10', '2026-11-11');

    const first = await sendLoanReminders(test.deps);
    expect(first.failed).toBeGreaterThanOrEqual(1);
    expect(await received(typo.user.email)).toEqual([]);
    expect(await received(other.user.email)).toHaveLength(1);

    refused.clear();
    await sendLoanReminders(test.deps);
    expect(await received(typo.user.email)).toHaveLength(1);
    expect(await received(other.user.email)).toHaveLength(1);
  });

  it('sends an overdue notice refused on its day at the next day’s run, and the next one 3 days after the first', async () => {
    const refused = new Set<string>();
    const { clock, test, model, take, reminders } = await lendingSetup('2026-11-09T09:00:00Z', 1, { refuse: refused });
    const late = await citizen(test.deps);
    await handOverInStore(test.deps, await take(late.cookie, '2026-11-09', '2026-11-09'));

    // Tuesday the 10th, one day late: the address is refused.
    clock.advance(DAY);
    refused.add(late.user.email);
    await sendLoanReminders(test.deps);
    expect(await reminders(late.user.email)).toEqual([]);

    // Wednesday: the next run sends it, saying how late it is now; Thursday nothing; Friday the next.
    refused.clear();
    for (let day = 11; day <= 13; day++) {
      clock.advance(DAY);
      await sendLoanReminders(test.deps);
      await sendLoanReminders(test.deps);
    }
    const sent = await reminders(late.user.email);
    expect(sent.map((m) => [m.sentAt.slice(0, 10), m.subject])).toEqual([
      ['2026-11-11', `Retard : ${model.name} est à rendre`],
      ['2026-11-13', `Retard : ${model.name} est à rendre`],
    ]);
    expect(sent[0]?.text).toContain('2 jours de retard');
    expect(sent[1]?.text).toContain('4 jours de retard');
  });
});
