import { expect, it } from 'vitest';
import { releaseReturnedLoans } from '../../../functions/lending/reservations/release-returned-loans.ts';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { borrowerCounters, citizen, json, reserve } from './reservations-support.ts';

/**
 * The daily task reads every counted loan returned before its day, whoever's: this file's days
 * come before every other lending test's (from 2026-11-25 on), so its runs touch only its own.
 */
it('gives a loan back to its person’s "at once" limit once its return day has passed, once only', async () => {
  // Tuesday 17 November 2026, 10:00 in Brest.
  const clock = manualClock(new Date('2026-11-17T09:00:00Z'));
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
  const person = await citizen(test.deps);
  const take = (pickUp: string, returnDay: string) =>
    reserve(test, person.cookie, { modelId: model.id, pointId: point.id, pickUp, returnDay });
  const first = await json<{ id: string }>(await take('2026-11-18', '2026-11-19'));
  expect((await take('2026-11-24', '2026-11-24')).status).toBe(201);
  const refused = await take('2026-11-20', '2026-11-21');
  expect(await problemOf(refused)).toMatchObject({ limit: { kind: 'reservations-at-once', freesOn: '2026-11-20' } });

  // The return day itself still counts.
  clock.advance(2 * 24 * 3600_000);
  await releaseReturnedLoans(test.deps);
  expect((await borrowerCounters(test.deps, person.user.id)).get('ACTIVE#listening-player')).toBe(2);

  // Friday the 20th: the first loan's return day has passed.
  clock.advance(24 * 3600_000);
  await releaseReturnedLoans(test.deps);
  await releaseReturnedLoans(test.deps);
  expect((await borrowerCounters(test.deps, person.user.id)).get('ACTIVE#listening-player')).toBe(1);
  expect((await getReservation(test.deps, first.id))?.activeReleasedAt).toBe('2026-11-20T09:00:00.000Z');
  expect((await take('2026-11-20', '2026-11-21')).status).toBe(201);
});
