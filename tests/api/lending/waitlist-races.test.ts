import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../functions/lending/opening-days.ts';
import { makeTestApp } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { citizen, json, lendingClock, reserve, unitDays } from './reservations-support.ts';
import { cancel, claim, joined, storedEntry } from './waitlist-support.ts';

/**
 * The waiting list's races, asserting on what is stored as well as on the answers: a hold is
 * the same occupancy items as any reservation, so no day of a unit ever has two owners.
 */

/** A unit whose 3rd and 4th of December were freed by a cancellation and offered to a person waiting. */
const offered = async () => {
  const clock = lendingClock();
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
  const unit = units[0];
  if (!unit) throw new Error('no unit');
  const days = { modelId: model.id, pointId: point.id, pickUp: '2026-12-03', returnDay: '2026-12-04' };
  const [holder, waiting] = await Promise.all([citizen(test.deps), citizen(test.deps)]);
  const reservation = await json<{ id: string }>(await reserve(test, holder.cookie, days));
  const entry = await joined(test, waiting.cookie, days);
  expect((await cancel(test, holder.cookie, reservation.id)).status).toBe(200);
  expect((await storedEntry(test.deps, entry)).status).toBe('offered');
  return { test, clock, unit, days, waiting, entry };
};

describe('races for a held unit', () => {
  it('a claim racing others’ reservations of the same days before the hold ends: only the holder takes them', async () => {
    const { test, unit, days, waiting, entry } = await offered();
    const people = await Promise.all(Array.from({ length: 10 }, () => citizen(test.deps)));

    const [claimed, ...others] = await Promise.all([
      claim(test, waiting.cookie, entry),
      ...people.map((person) => reserve(test, person.cookie, days)),
    ]);

    expect(claimed?.status).toBe(201);
    expect(others.map((a) => a.status)).toEqual(others.map(() => 409));
    const made = await json<{ id: string }>(claimed as Response);
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind, d.reservationId])).toEqual(
      daysBetween(days.pickUp, days.returnDay).map((day) => [day, 'reservation', made.id]),
    );
    expect(await storedEntry(test.deps, entry)).toMatchObject({ status: 'claimed', reservationId: made.id });
  }, 60_000);

  it('an ended hold racing its late claim and new reservations: one new reservation wins, the claim is refused', async () => {
    const { test, clock, unit, days, waiting, entry } = await offered();
    clock.advance(24 * 3600_000 + 1);
    const people = await Promise.all(Array.from({ length: 10 }, () => citizen(test.deps)));

    const [late, ...others] = await Promise.all([
      claim(test, waiting.cookie, entry),
      ...people.map((person) => reserve(test, person.cookie, days)),
    ]);

    expect(late?.status).toBe(409);
    const statuses = others.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const winner = await json<{ id: string }>(others.find((a) => a.status === 201) as Response);
    // The ended hold's items were overwritten by the winner's, nothing else remains.
    expect((await unitDays(test.deps, unit.id)).map((d) => [d.day, d.kind, d.reservationId])).toEqual(
      daysBetween(days.pickUp, days.returnDay).map((day) => [day, 'reservation', winner.id]),
    );
    expect((await storedEntry(test.deps, entry)).status).toBe('offered');
  }, 60_000);

  it('a cancellation’s offer racing a new reservation of the freed days: never both on one day', async () => {
    const test = await makeTestApp({ clock: lendingClock() });
    const point = await pointFixture(test.deps, CAPUCINS);
    for (let round = 0; round < 6; round++) {
      const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
      const unit = units[0];
      if (!unit) throw new Error('no unit');
      const days = { modelId: model.id, pointId: point.id, pickUp: '2026-12-03', returnDay: '2026-12-04' };
      const [holder, waiting, newcomer] = await Promise.all([
        citizen(test.deps),
        citizen(test.deps),
        citizen(test.deps),
      ]);
      const reservation = await json<{ id: string }>(await reserve(test, holder.cookie, days));
      const entry = await joined(test, waiting.cookie, days);

      const [cancelled, theirs] = await Promise.all([
        cancel(test, holder.cookie, reservation.id),
        reserve(test, newcomer.cookie, days),
      ]);

      expect(cancelled.status).toBe(200);
      const stored = await unitDays(test.deps, unit.id);
      const waitingEntry = await storedEntry(test.deps, entry);
      // Exactly one of them has the days: the newcomer's reservation, or the waiting person's hold.
      expect(theirs.status === 201).toBe(waitingEntry.status === 'waiting');
      if (theirs.status === 201) {
        const made = await json<{ id: string }>(theirs);
        expect(stored.map((d) => [d.day, d.kind, d.reservationId])).toEqual(
          daysBetween(days.pickUp, days.returnDay).map((day) => [day, 'reservation', made.id]),
        );
      } else {
        expect(theirs.status).toBe(409);
        expect(waitingEntry.status).toBe('offered');
        expect(stored.map((d) => [d.day, d.kind, d.holdFor])).toEqual(
          daysBetween(days.pickUp, days.returnDay).map((day) => [day, 'hold', entry]),
        );
      }
    }
  }, 60_000);
});
