import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../functions/lending/opening-days.ts';
import type { OccupancyRecord } from '../../../functions/lending/records.ts';
import { claimDayItem, holdDayItem } from '../../../functions/lending/store/occupancy.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { replaceUnitItem } from '../../../functions/lending/store/units.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { nameInstructor } from '../../../functions/training/store/instructors.ts';
import { personWithRole } from '../accounts-support.ts';
import { makeTestApp, problemOf } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import {
  borrowerCounters,
  call,
  certify,
  citizen,
  json,
  type LendingTest,
  lendingClock,
  reserve,
  unitDays,
} from './reservations-support.ts';
import { storedUnit } from './tickets-support.ts';

/**
 * The races the issue names, each asserting on what is stored as well as on the answers: no
 * day of a unit ever belongs to two reservations, and every answer says what the table holds.
 */

/** Every stored day of the unit belongs to a reservation still reserved that covers it, and vice versa. */
const expectDaysMatchReservations = async (test: LendingTest, unitId: string, reservationIds: string[]) => {
  const days = await unitDays(test.deps, unitId);
  const expected: [string, string][] = [];
  for (const id of reservationIds) {
    const reservation = await getReservation(test.deps, id);
    if (reservation?.status !== 'reserved' || reservation.unitId !== unitId) continue;
    for (const day of daysBetween(reservation.pickUp, reservation.returnDay)) expected.push([day, id]);
  }
  expect(days.map((d: OccupancyRecord) => [d.day, d.reservationId]).sort()).toEqual(expected.sort());
};

describe('races for a unit', () => {
  it('50 people reserving the last free unit at once: exactly one wins, 49 hear 409, one set of days is stored', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
    const days = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-04' };
    const early = await citizen(test.deps);
    const first = await json<{ id: string }>(await reserve(test, early.cookie, days));
    const people = await Promise.all(Array.from({ length: 50 }, () => citizen(test.deps)));

    const answers = await Promise.all(people.map((person) => reserve(test, person.cookie, days)));

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winnerIndex = statuses.indexOf(201);
    const winner = await json<{ id: string }>(answers[winnerIndex] as Response);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(await problemOf(answer)).toMatchObject({ taken: true });
    }
    // The last unit's days: exactly the run, all the winner's. The first unit's: the early one's.
    expect((await unitDays(test.deps, units[1]?.id ?? '')).map((d) => [d.day, d.reservationId])).toEqual(
      daysBetween('2026-12-02', '2026-12-04').map((day) => [day, winner.id]),
    );
    expect((await unitDays(test.deps, units[0]?.id ?? '')).every((d) => d.reservationId === first.id)).toBe(true);
    // Losers hold nothing: no counter moved.
    for (const [index, person] of people.entries()) {
      const counters = await borrowerCounters(test.deps, person.user.id);
      if (index === winnerIndex) expect(counters.get('ACTIVE#listening-player')).toBe(1);
      else expect(counters.size).toBe(0);
    }
  }, 60_000);

  it('a date change racing another person’s reservation for the same days: one gets them, never both', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    for (let round = 0; round < 6; round++) {
      const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
      const [mover, other] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
      const mine = await json<{ id: string }>(
        await reserve(test, mover.cookie, {
          modelId: model.id,
          pointId: point.id,
          pickUp: '2026-12-02',
          returnDay: '2026-12-03',
        }),
      );
      const [moved, theirs] = await Promise.all([
        call(test, `/api/lending/reservations/${mine.id}`, 'PATCH', mover.cookie, {
          pickUp: '2026-12-02',
          returnDay: '2026-12-05',
        }),
        reserve(test, other.cookie, {
          modelId: model.id,
          pointId: point.id,
          pickUp: '2026-12-04',
          returnDay: '2026-12-05',
        }),
      ]);
      // Exactly one of them took the 4th and 5th.
      expect([moved.status, theirs.status].sort()).toEqual(moved.status === 200 ? [200, 409] : [201, 409]);
      const ids = [mine.id, ...(theirs.status === 201 ? [(await json<{ id: string }>(theirs)).id] : [])];
      await expectDaysMatchReservations(test, units[0]?.id ?? '', ids);
      const stored = await getReservation(test.deps, mine.id);
      expect(stored?.returnDay).toBe(moved.status === 200 ? '2026-12-05' : '2026-12-03');
    }
  }, 60_000);

  it('an expired hold never blocks: 10 people racing for its days, one wins and the hold is gone', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    const unit = units[0];
    if (!unit) throw new Error('no unit');
    const now = test.clock.now();
    const holdOn = async (day: string, holdExpiresAt: string) =>
      expect(
        await transact(test.deps, [
          holdDayItem(
            test.deps,
            { unitId: unit.id, modelId: model.id, pointId: point.id, day, holdFor: 'someone-waiting', holdExpiresAt },
            now,
          ),
        ]),
      ).toBe(true);
    // Expired an hour ago (TTL has not removed it: it is still stored), and a live one on another day.
    await holdOn('2026-12-02', new Date(now.getTime() - 3600_000).toISOString());
    await holdOn('2026-12-03', new Date(now.getTime() - 3600_000).toISOString());
    await holdOn('2026-12-09', new Date(now.getTime() + 24 * 3600_000).toISOString());

    const people = await Promise.all(Array.from({ length: 10 }, () => citizen(test.deps)));
    const days = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-03' };
    const answers = await Promise.all(people.map((person) => reserve(test, person.cookie, days)));
    expect(answers.map((a) => a.status).filter((s) => s === 201)).toHaveLength(1);
    expect(answers.map((a) => a.status).filter((s) => s === 409)).toHaveLength(9);
    const winner = await json<{ id: string }>(answers.find((a) => a.status === 201) as Response);
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind, d.reservationId ?? d.holdFor])).toEqual([
      ['2026-12-02', 'reservation', winner.id],
      ['2026-12-03', 'reservation', winner.id],
      ['2026-12-09', 'hold', 'someone-waiting'],
    ]);
    // A live hold does block.
    const held = await reserve(test, people[0]?.cookie ?? '', {
      ...days,
      pickUp: '2026-12-09',
      returnDay: '2026-12-09',
    });
    expect(held.status).toBe(409);
  }, 60_000);
});

describe('races with the city’s own use of a unit', () => {
  it('maintenance taking a unit’s days (the same occupancy items) racing reservations: every day has one owner', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    for (let round = 0; round < 4; round++) {
      const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
      const unit = units[0];
      if (!unit) throw new Error('no unit');
      const people = await Promise.all(Array.from({ length: 5 }, () => citizen(test.deps)));
      const maintenanceDays = ['2026-12-03', '2026-12-04', '2026-12-05'];
      // What a maintenance use case writes: the unit's days, claimed like any other (catalogue's part).
      const maintenance = transact(
        test.deps,
        maintenanceDays.map((day) =>
          claimDayItem(
            test.deps,
            { unitId: unit.id, modelId: model.id, pointId: point.id, day, kind: 'maintenance' },
            test.clock.now(),
          ),
        ),
      );
      const answers = Promise.all(
        people.map((person) =>
          reserve(test, person.cookie, {
            modelId: model.id,
            pointId: point.id,
            pickUp: '2026-12-02',
            returnDay: '2026-12-03',
          }),
        ),
      );
      const [maintained, statuses] = await Promise.all([maintenance, answers.then((all) => all.map((a) => a.status))]);
      const winners = statuses.filter((status) => status === 201).length;
      // Either the maintenance got all its days and nobody reserved, or one person did and the maintenance nothing.
      expect(maintained ? winners : winners - 1).toBe(0);
      const stored = await unitDays(test.deps, unit.id);
      if (maintained) {
        expect(stored.map((d) => [d.day, d.kind])).toEqual(maintenanceDays.map((day) => [day, 'maintenance']));
      } else {
        expect(stored.map((d) => d.day)).toEqual(['2026-12-02', '2026-12-03']);
        expect(new Set(stored.map((d) => d.reservationId)).size).toBe(1);
      }
    }
  }, 60_000);
});

describe('a reservation racing its unit leaving service through the catalogue (maintenance, retirement)', () => {
  /**
   * The losing order made certain: the reservation reads the calendar as it was before the
   * status change (reads that lag, as AWS's eventually consistent index may), then writes after
   * it. Its transaction's check of the unit item (still in service at the point) refuses the
   * unit; it goes on to the next one, or answers 409. Never both the status change and a
   * reservation written on the unit after it.
   */
  /** A point open Tuesday to Saturday, a model and its units (in asset-tag order), and staff of the point. */
  const catalogue = async (test: LendingTest, count: number) => {
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: count });
    const staff = await personAt(test.deps, 'staff', [point.id]);
    return { point, model, units, staff };
  };

  /** The fixtures written by one app, the race run by another whose reads lag behind its own writes. */
  const setUp = async (units: number) => {
    const fixtures = await catalogue(await makeTestApp({ clock: lendingClock() }), units);
    const test = await makeTestApp({ clock: lendingClock(), staleReads: { lagMs: 60_000 } });
    return { test, ...fixtures };
  };

  it('a unit retired after the calendar was read: the reservation takes the next unit, never the retired one', async () => {
    const { test, point, staff, model, units } = await setUp(2);
    const [first, second] = units;
    if (!first || !second) throw new Error('two units expected');
    const retired = await call(test, `/api/lending/models/${model.id}/units/${first.id}`, 'PATCH', staff.cookie, {
      status: 'retired',
    });
    expect(retired.status).toBe(200);
    const days = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-03' };
    const person = await citizen(test.deps);
    const answer = await reserve(test, person.cookie, days);
    expect(answer.status).toBe(201);
    const landed = await getReservation(test.deps, (await json<{ id: string }>(answer)).id);
    expect(landed?.unitId).toBe(second.id);
    expect(await unitDays(test.deps, first.id)).toEqual([]);
    expect((await unitDays(test.deps, second.id)).map((d) => d.reservationId)).toEqual([landed?.id, landed?.id]);
    // The calendar still shows the retired unit in service (the lag): the next person tries it, is refused, hears 409.
    const late = await citizen(test.deps);
    const refused = await reserve(test, late.cookie, days);
    expect(refused.status).toBe(409);
    expect(await problemOf(refused)).toMatchObject({ taken: true });
    expect(await unitDays(test.deps, first.id)).toEqual([]);
    expect((await borrowerCounters(test.deps, late.user.id)).size).toBe(0);
  }, 60_000);

  it('a unit put in maintenance (on other days) after the calendar was read: the reservation is refused, nothing written', async () => {
    const { test, point, staff, model, units } = await setUp(1);
    const unit = units[0];
    if (!unit) throw new Error('one unit expected');
    const maintained = await call(
      test,
      `/api/lending/models/${model.id}/units/${unit.id}/maintenance`,
      'POST',
      staff.cookie,
      { from: '2026-12-09', to: '2026-12-10' },
    );
    expect(maintained.status).toBe(200);
    const person = await citizen(test.deps);
    const answer = await reserve(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
    });
    expect(answer.status).toBe(409);
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind])).toEqual([
      ['2026-12-09', 'maintenance'],
      ['2026-12-10', 'maintenance'],
    ]);
    expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);
  }, 60_000);

  it('a date change adding days to a unit retired meanwhile: refused, its days as they were; shortening still works', async () => {
    const { test, point, model, units } = await setUp(1);
    const unit = units[0];
    if (!unit) throw new Error('one unit expected');
    const person = await citizen(test.deps);
    const reserved = await reserve(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
    });
    expect(reserved.status).toBe(201);
    const { id } = await json<{ id: string }>(reserved);
    // The retirement's own write alone: the use case then moves or cancels the reservation
    // (tests/api/lending/tickets*.test.ts); here the date change meets the unit item as it is between the two.
    const stored = await storedUnit(test.deps, model.id, unit.id);
    if (!stored) throw new Error('unit expected');
    const at = new Date(Date.parse(stored.updatedAt) + 1).toISOString();
    expect(
      await transact(test.deps, [
        replaceUnitItem(test.deps, { ...stored, status: 'retired', updatedAt: at }, stored.updatedAt),
      ]),
    ).toBe(true);
    const longer = await call(test, `/api/lending/reservations/${id}`, 'PATCH', person.cookie, {
      pickUp: '2026-12-02',
      returnDay: '2026-12-04',
    });
    expect(longer.status).toBe(409);
    expect(await problemOf(longer)).toMatchObject({ unitOutOfService: true });
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.reservationId])).toEqual([
      ['2026-12-02', id],
      ['2026-12-03', id],
    ]);
    expect((await getReservation(test.deps, id))?.returnDay).toBe('2026-12-03');
    const shorter = await call(test, `/api/lending/reservations/${id}`, 'PATCH', person.cookie, {
      pickUp: '2026-12-02',
      returnDay: '2026-12-02',
    });
    expect(shorter.status).toBe(200);
    expect((await unitDays(test.deps, unit.id)).map((d) => d.day)).toEqual(['2026-12-02']);
  }, 60_000);

  it('sent together, round after round: what each answered is what is stored, and no day lands on a unit out of service', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    for (let round = 0; round < 6; round++) {
      const { point, model, units, staff } = await catalogue(test, 1);
      const unit = units[0];
      if (!unit) throw new Error('one unit expected');
      const person = await citizen(test.deps);
      const change =
        round % 2 === 0
          ? call(test, `/api/lending/models/${model.id}/units/${unit.id}`, 'PATCH', staff.cookie, { status: 'retired' })
          : call(test, `/api/lending/models/${model.id}/units/${unit.id}/maintenance`, 'POST', staff.cookie, {
              from: '2026-12-09',
              to: '2026-12-10',
            });
      const [changed, answer] = await Promise.all([
        change,
        reserve(test, person.cookie, {
          modelId: model.id,
          pointId: point.id,
          pickUp: '2026-12-02',
          returnDay: '2026-12-03',
        }),
      ]);
      // The status change never waits on reservations (a unit is retired or repaired whatever is booked: staff then
      // move those loans); the reservation lands only if it was written while the unit was in service.
      expect(changed.status).toBe(200);
      expect([201, 409]).toContain(answer.status);
      const reserved = (await unitDays(test.deps, unit.id)).filter((d) => d.kind === 'reservation');
      if (answer.status === 201 && round % 2 === 0) {
        // Landed before the retirement: the retirement then cancelled it (no other unit), its days and counters given back.
        const id = (await json<{ id: string }>(answer)).id;
        expect(await getReservation(test.deps, id)).toMatchObject({ status: 'cancelled', movedAt: expect.any(String) });
        expect(reserved).toEqual([]);
        expect((await borrowerCounters(test.deps, person.user.id)).get('ACTIVE#listening-player')).toBe(0);
      } else if (answer.status === 201) {
        const id = (await json<{ id: string }>(answer)).id;
        expect(reserved.map((d) => [d.day, d.reservationId])).toEqual([
          ['2026-12-02', id],
          ['2026-12-03', id],
        ]);
      } else {
        expect(reserved).toEqual([]);
        expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);
      }
    }
  }, 60_000);
});

/** Opening days of the fixture point (Tuesday to Saturday), one per round. */
const OPEN_DAYS = [
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-05',
  '2026-12-08',
  '2026-12-09',
  '2026-12-10',
  '2026-12-11',
];

describe('races for a person', () => {
  it('two tabs (five requests) racing the reservations-at-once limit: exactly two land, the counter says two', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 5 });
    const person = await citizen(test.deps);
    const runs = ['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30'];
    const answers = await Promise.all(
      runs.map((pickUp) =>
        reserve(test, person.cookie, { modelId: model.id, pointId: point.id, pickUp, returnDay: pickUp }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(3);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(await problemOf(answer)).toMatchObject({ limit: { kind: 'reservations-at-once', max: 2 } });
    }
    const counters = await borrowerCounters(test.deps, person.user.id);
    expect(counters.get('ACTIVE#listening-player')).toBe(2);
    // Exactly the winners' days are stored, on whichever units they got.
    const winners = await Promise.all(
      answers.filter((a) => a.status === 201).map((a) => json<{ id: string; pickUp: string }>(a)),
    );
    const stored = (await Promise.all(units.map((unit) => unitDays(test.deps, unit.id)))).flat();
    expect(stored.map((d) => [d.day, d.reservationId]).sort()).toEqual(winners.map((w) => [w.pickUp, w.id]).sort());
  }, 60_000);

  it('a reservation racing the revocation of the person’s certification: what was answered is what is stored', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, {
      pointIds: [point.id],
      category: 'audio-recorder',
      units: 1,
    });
    const instructor = await personWithRole(test.deps, 'staff');
    await nameInstructor(test.deps, {
      moduleId: 'enregistrer-en-exterieur',
      userId: instructor.user.id,
      namedBy: 'test-admin',
      namedAt: new Date().toISOString(),
    });
    const landed: string[] = [];
    for (let round = 0; round < 8; round++) {
      const person = await citizen(test.deps);
      await certify(test.deps, person.user.id, 'audio-recorder');
      const pickUp = OPEN_DAYS[round] ?? '';
      let revokedAt = Number.POSITIVE_INFINITY;
      const revocation = Promise.resolve(
        call(
          test,
          `/api/training/enregistrer-en-exterieur/certifications/${person.user.id}`,
          'DELETE',
          instructor.cookie,
          { reason: 'Matériel rendu abîmé.' },
        ),
      ).then((response) => {
        revokedAt = Date.now();
        return response;
      });
      // Sent a little after the revocation starts, now and then before it lands, now and then after.
      await new Promise((resolve) => setTimeout(resolve, round * 3));
      const sentAt = Date.now();
      const reservation = reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp,
        returnDay: pickUp,
      });
      const [revoked, answer] = await Promise.all([revocation, reservation]);
      expect(revoked.status).toBe(200);
      expect([201, 403]).toContain(answer.status);
      const counters = await borrowerCounters(test.deps, person.user.id);
      if (answer.status === 201) {
        landed.push((await json<{ id: string }>(answer)).id);
        expect(counters.get('ACTIVE#audio-recorder')).toBe(1);
      } else {
        expect(await problemOf(answer)).toMatchObject({ requiredTraining: { status: { state: 'revoked' } } });
        expect(counters.size).toBe(0);
      }
      if (sentAt > revokedAt) expect(answer.status).toBe(403);
      // After the revocation, the person can take nothing more.
      const after = await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2027-01-05',
        returnDay: '2027-01-05',
      });
      expect(after.status).toBe(403);
    }
    await expectDaysMatchReservations(test, units[0]?.id ?? '', landed);
  }, 60_000);
});
