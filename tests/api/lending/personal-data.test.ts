import { describe, expect, it } from 'vitest';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { browserHeaders, makeTestApp, problemOf } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { borrowerCounters, call, citizen, json, lendingClock, reserve, unitDays } from './reservations-support.ts';

const setUp = async () => {
  const clock = lendingClock();
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
  const person = await citizen(test.deps);
  const take = async (pickUp: string, returnDay: string) =>
    (
      await json<{ id: string }>(
        await reserve(test, person.cookie, { modelId: model.id, pointId: point.id, pickUp, returnDay }),
      )
    ).id;
  const erase = () =>
    test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(person.cookie),
      body: JSON.stringify({ confirmEmail: person.user.email, contributions: 'keep-credited' }),
    });
  return { test, clock, model, units, person, take, erase };
};

describe("lending's part of a person's data", () => {
  it('exports the reservations and the limit counters', async () => {
    const { test, person, take } = await setUp();
    const id = await take('2026-12-02', '2026-12-03');
    const exported = await test.app.request('/api/me/export', { headers: { cookie: person.cookie } });
    const lending = ((await exported.json()) as { lending: { reservations: { id: string }[]; counters: unknown[] } })
      .lending;
    expect(lending.reservations).toEqual([
      expect.objectContaining({ id, userId: person.user.id, pickUp: '2026-12-02', status: 'reserved' }),
    ]);
    expect(lending.counters).toContainEqual({ counter: 'ACTIVE#listening-player', reservationsAtOnce: 1 });
    expect(JSON.stringify(lending)).not.toMatch(/"(pk|sk|ownerPk)"/);
  });

  it('refuses erasure (409) while a reservation is upcoming or current, naming what to cancel or return', async () => {
    const { test, clock, person, take, erase } = await setUp();
    const current = await take('2026-12-02', '2026-12-03');
    const upcoming = await take('2026-12-09', '2026-12-10');
    clock.advance(24 * 3600_000); // Wednesday the 2nd: the first is out.
    const refused = await erase();
    expect(refused.status).toBe(409);
    expect(await problemOf(refused)).toMatchObject({
      lending: [
        expect.objectContaining({ id: current, todo: 'return' }),
        expect.objectContaining({ id: upcoming, todo: 'cancel' }),
      ],
    });
    // Still signed in, nothing recorded: the account goes on.
    expect((await call(test, '/api/me', 'GET', person.cookie)).status).toBe(200);
  });

  it('anonymises past reservations (keeping model, point, days, status) and deletes the counters', async () => {
    const { test, clock, model, units, person, take, erase } = await setUp();
    const returned = await take('2026-12-02', '2026-12-03');
    const cancelled = await take('2026-12-09', '2026-12-10');
    expect((await call(test, `/api/lending/reservations/${cancelled}/cancel`, 'POST', person.cookie)).status).toBe(200);
    clock.advance(3 * 24 * 3600_000); // Friday the 4th: the first is past.
    const accepted = await erase();
    expect(accepted.status).toBe(202);
    await test.work.idle();

    const kept = await getReservation(test.deps, returned);
    expect(kept).toMatchObject({
      modelId: model.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
      status: 'reserved',
    });
    expect(kept).not.toHaveProperty('userId');
    expect(await getReservation(test.deps, cancelled)).toMatchObject({ status: 'cancelled' });
    expect(await getReservation(test.deps, cancelled)).not.toHaveProperty('userId');
    expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);
    // The unit's past days stay taken (they never named the person).
    expect((await unitDays(test.deps, units[0]?.id ?? '')).map((d) => d.reservationId)).toEqual([returned, returned]);
  });
});
