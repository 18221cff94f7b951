import { describe, expect, it } from 'vitest';
import { endMaintenance } from '../../../functions/lending/catalogue/end-maintenance.ts';
import { startMaintenance } from '../../../functions/lending/catalogue/start-maintenance.ts';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { getEntry, isFirstTimeBorrower } from '../../../functions/lending/store/waitlist.ts';
import { passOnEndedOffers } from '../../../functions/lending/waitlist/pass-on-offers.ts';
import { personWithRole } from '../accounts-support.ts';
import { viewerFor } from '../projects-support.ts';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { call, citizen, json, lendingClock, reserve, unitDays } from './reservations-support.ts';
import { cancel, claim, type Days, join, joined, leave, storedEntry } from './waitlist-support.ts';

/**
 * A model with one unit, its 2nd to 4th of December taken by a first person (or, with `early`, on
 * Tuesday 10 November 2026, its 11th to 13th of November: before every other test's offers, so
 * that the daily task, which passes on whoever's offers have ended, touches only this file's).
 */
const fullModel = async (options: { scarce?: boolean; early?: boolean } = {}) => {
  const clock = options.early ? manualClock(new Date('2026-11-10T09:00:00Z')) : lendingClock();
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, {
    pointIds: [point.id],
    units: 1,
    overrides: { scarce: options.scarce ?? false },
  });
  const unit = units[0];
  if (!unit) throw new Error('no unit');
  const holder = await citizen(test.deps);
  const taken = await reserve(test, holder.cookie, {
    modelId: model.id,
    pointId: point.id,
    pickUp: options.early ? '2026-11-11' : '2026-12-02',
    returnDay: options.early ? '2026-11-13' : '2026-12-04',
  });
  expect(taken.status).toBe(201);
  const reservation = await json<{ id: string }>(taken);
  const days = (pickUp: string, returnDay: string): Days => ({
    modelId: model.id,
    pointId: point.id,
    pickUp,
    returnDay,
  });
  return { test, clock, point, model, unit, holder, reservation, days };
};

describe('joining and leaving a waiting list', () => {
  it('joins once for days no unit has free, shows in my loans, refuses bad days and free ones, and leaves', async () => {
    const { test, days } = await fullModel();
    const person = await citizen(test.deps);
    const answer = await join(test, person.cookie, days('2026-12-03', '2026-12-04'));
    expect(answer.status).toBe(201);
    const entry = await json<{ id: string; status: string; holdExpiresAt: string | null }>(answer);
    expect(entry).toMatchObject({ status: 'waiting', holdExpiresAt: null });
    expect(await storedEntry(test.deps, entry.id)).toMatchObject({ status: 'waiting', userId: person.user.id });

    // Once per person and days, decided by the write.
    const again = await join(test, person.cookie, days('2026-12-03', '2026-12-04'));
    expect(again.status).toBe(409);
    expect(await problemOf(again)).toMatchObject({ alreadyWaiting: true, id: entry.id });
    // Days a unit has free: reserve them instead.
    const free = await join(test, person.cookie, days('2026-12-09', '2026-12-10'));
    expect(free.status).toBe(409);
    expect(await problemOf(free)).toMatchObject({ free: true });
    // The reservation's day rules, naming the field.
    const reversed = await join(test, person.cookie, days('2026-12-04', '2026-12-03'));
    expect(reversed.status).toBe(400);
    expect(await problemOf(reversed)).toMatchObject({ errors: [{ path: 'returnDay' }] });
    const closed = await join(test, person.cookie, days('2026-12-07', '2026-12-08'));
    expect(closed.status).toBe(400);
    expect((await join(test, person.cookie, { ...days('2026-12-03', '2026-12-04'), modelId: 'no-such' })).status).toBe(
      404,
    );
    // Signed in only.
    expect((await join(test, '', days('2026-12-03', '2026-12-04'))).status).toBe(401);

    const mine = await json<{ waiting: { id: string; status: string }[] }>(
      await call(test, '/api/me/lending', 'GET', person.cookie),
    );
    expect(mine.waiting.map((w) => [w.id, w.status])).toEqual([[entry.id, 'waiting']]);

    // Only its person leaves it.
    const other = await citizen(test.deps);
    expect((await leave(test, other.cookie, entry.id)).status).toBe(403);
    expect((await leave(test, person.cookie, '0'.repeat(32))).status).toBe(404);
    const left = await leave(test, person.cookie, entry.id);
    expect(left.status).toBe(200);
    expect(await json(left)).toMatchObject({ status: 'left' });
    expect((await leave(test, person.cookie, entry.id)).status).toBe(409);
    expect((await storedEntry(test.deps, entry.id)).status).toBe('left');
    const after = await json<{ waiting: unknown[] }>(await call(test, '/api/me/lending', 'GET', person.cookie));
    expect(after.waiting).toEqual([]);
    // And may join again.
    expect((await join(test, person.cookie, days('2026-12-03', '2026-12-04'))).status).toBe(201);
  });

  it('refuses a person without the training the category needs (403, with the module)', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model } = await modelFixture(test.deps, { pointIds: [point.id], category: 'audio-recorder', units: 1 });
    const person = await citizen(test.deps);
    const refused = await join(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-02',
    });
    expect(refused.status).toBe(403);
    expect(await problemOf(refused)).toHaveProperty('link');
  });
});

describe('offers of freed days', () => {
  it('a cancellation offers each waiting person whose whole run is free a 24-hour hold, e-mailed; the holder claims it', async () => {
    const { test, clock, unit, holder, reservation, days } = await fullModel();
    const [first, second, third] = await Promise.all([citizen(test.deps), citizen(test.deps), citizen(test.deps)]);
    const firstEntry = await joined(test, first.cookie, days('2026-12-03', '2026-12-04'));
    // Overlaps the first person's run: waits behind it.
    clock.advance(60_000); // joined a minute later
    const secondEntry = await joined(test, second.cookie, days('2026-12-04', '2026-12-04'));
    // Other days of the same freed run: offered too.
    clock.advance(60_000); // joined a minute later
    const thirdEntry = await joined(test, third.cookie, days('2026-12-02', '2026-12-02'));

    expect((await cancel(test, holder.cookie, reservation.id)).status).toBe(200);

    const now = test.clock.now();
    const expires = new Date(now.getTime() + 24 * 3600_000).toISOString();
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind, d.holdFor, d.holdExpiresAt])).toEqual([
      ['2026-12-02', 'hold', thirdEntry, expires],
      ['2026-12-03', 'hold', firstEntry, expires],
      ['2026-12-04', 'hold', firstEntry, expires],
    ]);
    expect(await storedEntry(test.deps, firstEntry)).toMatchObject({
      status: 'offered',
      offer: { unitId: unit.id, holdExpiresAt: expires },
    });
    expect((await storedEntry(test.deps, secondEntry)).status).toBe('waiting');
    expect((await storedEntry(test.deps, thirdEntry)).status).toBe('offered');
    const mail = (await test.outbox()).filter((m) => m.to === first.user.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toMatch(/^Disponible pour vous : /);
    expect(mail[0]?.text).toContain(`/mes-emprunts/#waiting-${firstEntry}`);

    // My loans shows the offer and until when.
    const mine = await json<{ waiting: { id: string; status: string; holdExpiresAt: string }[] }>(
      await call(test, '/api/me/lending', 'GET', first.cookie),
    );
    expect(mine.waiting).toMatchObject([{ id: firstEntry, status: 'offered', holdExpiresAt: expires }]);

    // Nobody else claims it; its holder does, and the days become the reservation's.
    expect((await claim(test, second.cookie, firstEntry)).status).toBe(403);
    const claimed = await claim(test, first.cookie, firstEntry);
    expect(claimed.status).toBe(201);
    const made = await json<{ id: string; pickUp: string; returnDay: string }>(claimed);
    expect(made).toMatchObject({ pickUp: '2026-12-03', returnDay: '2026-12-04' });
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind, d.reservationId ?? d.holdFor])).toEqual([
      ['2026-12-02', 'hold', thirdEntry],
      ['2026-12-03', 'reservation', made.id],
      ['2026-12-04', 'reservation', made.id],
    ]);
    expect(await storedEntry(test.deps, firstEntry)).toMatchObject({ status: 'claimed', reservationId: made.id });
    // Claimed once.
    expect((await claim(test, first.cookie, firstEntry)).status).toBe(409);
    // A confirmation like any reservation's.
    expect((await test.outbox()).filter((m) => m.to === first.user.email).at(-1)?.subject).toMatch(
      /^Réservation confirmée/,
    );
  });

  it('an offered person leaving passes the hold to the next at once', async () => {
    const { test, clock, unit, holder, reservation, days } = await fullModel();
    const [first, second] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    const firstEntry = await joined(test, first.cookie, days('2026-12-03', '2026-12-04'));
    clock.advance(60_000); // joined a minute later
    const secondEntry = await joined(test, second.cookie, days('2026-12-03', '2026-12-04'));
    await cancel(test, holder.cookie, reservation.id);
    expect((await storedEntry(test.deps, firstEntry)).status).toBe('offered');

    expect((await leave(test, first.cookie, firstEntry)).status).toBe(200);
    expect((await storedEntry(test.deps, secondEntry)).status).toBe('offered');
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.holdFor])).toEqual([
      ['2026-12-03', secondEntry],
      ['2026-12-04', secondEntry],
    ]);
  });

  it('for a scarce model, a first-time borrower comes before a returning one who joined earlier for the same days', async () => {
    const { test, clock, holder, reservation, days, point } = await fullModel({ scarce: true });
    const [returning, newcomer, otherDays] = await Promise.all([
      citizen(test.deps),
      citizen(test.deps),
      citizen(test.deps),
    ]);
    // The returning borrower has reserved something before (another model).
    const { model: other } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    expect(
      (
        await reserve(test, returning.cookie, {
          modelId: other.id,
          pointId: point.id,
          pickUp: '2026-12-09',
          returnDay: '2026-12-09',
        })
      ).status,
    ).toBe(201);
    const returningEntry = await joined(test, returning.cookie, days('2026-12-03', '2026-12-04'));
    clock.advance(60_000); // joined a minute later
    const newcomerEntry = await joined(test, newcomer.cookie, days('2026-12-03', '2026-12-04'));
    clock.advance(60_000); // joined a minute later
    const otherEntry = await joined(test, otherDays.cookie, days('2026-12-02', '2026-12-03'));

    await cancel(test, holder.cookie, reservation.id);

    expect((await storedEntry(test.deps, newcomerEntry)).status).toBe('offered');
    expect((await storedEntry(test.deps, returningEntry)).status).toBe('waiting');
    // A person waiting for other days is never passed over: it joined after, so it is after both.
    expect((await storedEntry(test.deps, otherEntry)).status).toBe('waiting');
  });

  it('the end of a maintenance offers the unit’s days', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    const unit = units[0];
    if (!unit) throw new Error('no unit');
    const admin = await personWithRole(test.deps, 'admin');
    const viewer = await viewerFor(test.deps, admin.user.id);
    await startMaintenance(test.deps, {
      viewer,
      modelId: model.id,
      unitId: unit.id,
      input: { from: '2026-12-02', to: '2026-12-05' },
    });
    const person = await citizen(test.deps);
    const entry = await joined(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-03',
      returnDay: '2026-12-04',
    });

    await endMaintenance(test.deps, { viewer, modelId: model.id, unitId: unit.id });

    expect((await storedEntry(test.deps, entry)).status).toBe('offered');
    expect(
      (await unitDays(test.deps, unit.id)).filter((d) => d.kind === 'hold').map((d) => [d.day, d.holdFor]),
    ).toEqual([
      ['2026-12-03', entry],
      ['2026-12-04', entry],
    ]);
  });
});

describe('holds nobody claims', () => {
  it('the daily task records them expired and offers the days to the next person; twice gives one offer', async () => {
    const { test, clock, unit, holder, reservation, days } = await fullModel({ early: true });
    const [first, second] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    const firstEntry = await joined(test, first.cookie, days('2026-11-12', '2026-11-13'));
    clock.advance(60_000); // joined a minute later
    const secondEntry = await joined(test, second.cookie, days('2026-11-12', '2026-11-13'));
    await cancel(test, holder.cookie, reservation.id);
    expect((await storedEntry(test.deps, firstEntry)).status).toBe('offered');

    // Before its end, the task leaves it alone.
    clock.advance(23 * 3600_000);
    await passOnEndedOffers(test.deps);
    expect((await storedEntry(test.deps, firstEntry)).status).toBe('offered');

    // 25 hours after the offer: ended. The holder can no longer claim, even before the task runs.
    clock.advance(2 * 3600_000);
    const late = await claim(test, first.cookie, firstEntry);
    expect(late.status).toBe(409);
    expect(await problemOf(late)).toMatchObject({ holdEnded: true });
    await passOnEndedOffers(test.deps);
    await passOnEndedOffers(test.deps);

    expect(await storedEntry(test.deps, firstEntry)).toMatchObject({ status: 'expired' });
    expect((await storedEntry(test.deps, firstEntry)).passedOnAt).toBeDefined();
    const next = await storedEntry(test.deps, secondEntry);
    expect(next.status).toBe('offered');
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind, d.holdFor, d.holdExpiresAt])).toEqual([
      ['2026-11-12', 'hold', secondEntry, next.offer?.holdExpiresAt],
      ['2026-11-13', 'hold', secondEntry, next.offer?.holdExpiresAt],
    ]);
    // One offer, one e-mail.
    expect((await test.outbox()).filter((m) => m.to === second.user.email)).toHaveLength(1);
    // The month's units in service, as the task counted them (this test's unit among them).
    const figures = await json<{ units: number | null }>(await call(test, '/api/lending/outcomes?month=2026-11'));
    expect(figures.units).toBeGreaterThanOrEqual(1);
  });
});

describe('the monthly outcome, open data', () => {
  it('counts attempts (refused ones too), joins, loans, first-time borrowers, offers and claims, one Query, publicly cached', async () => {
    // March 2027: no other test counts there. Tuesday the 2nd, 10:00 in Brest.
    const test = await makeTestApp({ clock: manualClock(new Date('2027-03-02T09:00:00Z')) });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    const read = async () => json<Record<string, number>>(await call(test, '/api/lending/outcomes?month=2027-03'));
    const before = await read();
    const [a, b] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    const days = { modelId: model.id, pointId: point.id, pickUp: '2027-03-03', returnDay: '2027-03-04' };
    const first = await json<{ id: string }>(await reserve(test, a.cookie, days));
    expect((await reserve(test, b.cookie, days)).status).toBe(409);
    const entry = await joined(test, b.cookie, days);
    await cancel(test, a.cookie, first.id);
    expect((await claim(test, b.cookie, entry)).status).toBe(201);
    // The second reservation of a person is no first-time one.
    expect((await reserve(test, a.cookie, { ...days, pickUp: '2027-03-10', returnDay: '2027-03-10' })).status).toBe(
      201,
    );

    const response = await call(test, '/api/lending/outcomes?month=2027-03');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public/);
    const after = await json<Record<string, number>>(response);
    const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
    expect({
      attempts: delta('attempts'),
      refused: delta('refused'),
      waitlistJoins: delta('waitlistJoins'),
      requests: delta('requests'),
      loans: delta('loans'),
      firstTimeServed: delta('firstTimeServed'),
      offers: delta('offers'),
      claims: delta('claims'),
    }).toEqual({
      attempts: 4,
      refused: 1,
      waitlistJoins: 1,
      requests: 5,
      loans: 3,
      firstTimeServed: 2,
      offers: 1,
      claims: 1,
    });
    expect(after).toHaveProperty('definitions.firstTimeServed');
    // Stored as counters of the month, in the month's partition.
    expect(lendingKeys.outcomes('2027-03')).toBe('LENDING_OUTCOMES#2027-03');

    expect((await call(test, '/api/lending/outcomes?month=2027-13')).status).toBe(400);
    expect((await call(test, '/api/lending/outcomes')).status).toBe(400);
  });
});

describe('the waiting list’s part of a person’s data', () => {
  it('exports the entries and the first reservation; erasure releases a hold to the next person and deletes both', async () => {
    const { test, clock, unit, holder, reservation, days, point } = await fullModel();
    const [leaving, next] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
    // The leaving person has borrowed before (another model, already returned by the time of erasure).
    const { model: other } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    expect(
      (
        await reserve(test, leaving.cookie, {
          modelId: other.id,
          pointId: point.id,
          pickUp: '2026-12-02',
          returnDay: '2026-12-02',
        })
      ).status,
    ).toBe(201);
    const entry = await joined(test, leaving.cookie, days('2026-12-03', '2026-12-04'));
    clock.advance(60_000);
    const nextEntry = await joined(test, next.cookie, days('2026-12-03', '2026-12-04'));
    await cancel(test, holder.cookie, reservation.id);
    expect((await storedEntry(test.deps, entry)).status).toBe('offered');

    const exported = await json<{ lendingWaitlist: { entries: { id: string }[]; firstReservation: unknown } }>(
      await call(test, '/api/me/export', 'GET', leaving.cookie),
    );
    expect(exported.lendingWaitlist.entries).toEqual([
      expect.objectContaining({ id: entry, userId: leaving.user.id, status: 'offered' }),
    ]);
    expect(exported.lendingWaitlist.firstReservation).toMatchObject({ at: expect.any(String) });

    // Wednesday the 2nd is past (Thursday the 3rd, 10:00): nothing stands in the way of the erasure.
    clock.advance(2 * 24 * 3600_000);
    const erased = await call(test, '/api/me', 'DELETE', leaving.cookie, {
      confirmEmail: leaving.user.email,
      contributions: 'keep-credited',
    });
    expect(erased.status).toBe(202);
    await test.work.idle();

    expect(await getEntry(test.deps, entry)).toBeUndefined();
    expect(await isFirstTimeBorrower(test.deps, leaving.user.id)).toBe(true);
    // Its hold went to the next person, for the days still to come.
    expect((await storedEntry(test.deps, nextEntry)).status).toBe('offered');
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.holdFor])).toEqual([
      ['2026-12-03', nextEntry],
      ['2026-12-04', nextEntry],
    ]);
  });
});
