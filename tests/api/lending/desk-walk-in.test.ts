import { describe, expect, it } from 'vitest';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { problemOf } from '../support.ts';
import { personAt } from './catalogue-support.ts';
import {
  deskSetUp,
  type LoanView,
  listUnitEvents,
  reserved,
  takeBack,
  takeBackBody,
  walkIn,
  walkInBody,
} from './desk-support.ts';
import { pointFixture, unitFixture } from './fixtures.ts';
import { borrowerCounters, certify, json, TODAY, unitDays } from './reservations-support.ts';

describe('walk-in loans', () => {
  it('lends a free unit now to a person found by their e-mail: out at once, the days, counters and history written', async () => {
    const { test, point, units, staff, person } = await deskSetUp();
    const response = await walkIn(
      test,
      staff.cookie,
      point.id,
      walkInBody(person.user.email.toUpperCase(), units[0].assetTag, '2026-12-02'),
    );
    expect(response.status).toBe(201);
    const view = await json<LoanView>(response);
    expect(view).toMatchObject({ status: 'out', walkIn: true, pickUp: TODAY, returnDay: '2026-12-02' });
    const stored = await getReservation(test.deps, view.id);
    expect(stored).toMatchObject({
      userId: person.user.id,
      status: 'out',
      walkIn: { by: staff.user.id },
      handOver: { by: staff.user.id },
    });
    expect((await unitDays(test.deps, units[0].id)).map((d) => [d.day, d.reservationId])).toEqual([
      [TODAY, view.id],
      ['2026-12-02', view.id],
    ]);
    expect((await borrowerCounters(test.deps, person.user.id)).get('ACTIVE#listening-player')).toBe(1);
    expect((await listUnitEvents(test.deps, units[0].id)).map((e) => e.kind)).toEqual(['handed-over']);
    // Taken back the same way as any loan.
    expect(
      (await takeBack(test, staff.cookie, point.id, view.id, takeBackBody(view.id, units[0].assetTag))).status,
    ).toBe(200);
    expect((await getReservation(test.deps, view.id))?.status).toBe('returned');
  });

  it('never takes a reserved day: 409 naming the days; a shorter loan before them is lent', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp({ units: 1 });
    const other = await personAt(test.deps, 'citizen');
    const theirs = await reserved(test, other.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
    });
    const refused = await walkIn(
      test,
      staff.cookie,
      point.id,
      walkInBody(person.user.email, units[0].assetTag, '2026-12-02'),
    );
    expect(refused.status).toBe(409);
    expect(await problemOf(refused)).toMatchObject({ taken: true, takenDays: ['2026-12-02'] });
    expect((await unitDays(test.deps, units[0].id)).map((d) => d.reservationId)).toEqual([theirs.id, theirs.id]);
    expect(
      (await walkIn(test, staff.cookie, point.id, walkInBody(person.user.email, units[0].assetTag, TODAY))).status,
    ).toBe(201);
  });

  it('applies the training of the category (403) and lends once the borrower holds it', async () => {
    const { test, point, units, staff, person } = await deskSetUp({ category: 'audio-recorder' });
    const untrained = await walkIn(
      test,
      staff.cookie,
      point.id,
      walkInBody(person.user.email, units[0].assetTag, TODAY),
    );
    expect(untrained.status).toBe(403);
    expect(await problemOf(untrained)).toMatchObject({ requiredTraining: expect.anything() });
    expect(await unitDays(test.deps, units[0].id)).toEqual([]);
    await certify(test.deps, person.user.id, 'audio-recorder', test.deps.clock.now());
    expect(
      (await walkIn(test, staff.cookie, point.id, walkInBody(person.user.email, units[0].assetTag, TODAY))).status,
    ).toBe(201);
  });

  it('refuses an unknown e-mail (404), a tag of another point (409 naming both), staff of another point (403)', async () => {
    const { test, point, model, units, staff, person } = await deskSetUp();
    expect(
      (await walkIn(test, staff.cookie, point.id, walkInBody('nobody@example.test', units[0].assetTag, TODAY))).status,
    ).toBe(404);
    const elsewhere = await pointFixture(test.deps, { name: 'Maison de quartier de Bellevue' });
    const away = await unitFixture(test.deps, model.id, elsewhere.id);
    const wrong = await walkIn(test, staff.cookie, point.id, walkInBody(person.user.email, away.assetTag, TODAY));
    expect(wrong.status).toBe(409);
    expect(await problemOf(wrong)).toMatchObject({
      wrong: 'point',
      scanned: { name: elsewhere.name },
      expected: { name: point.name },
    });
    const stranger = await personAt(test.deps, 'staff', [elsewhere.id]);
    expect(
      (await walkIn(test, stranger.cookie, point.id, walkInBody(person.user.email, units[0].assetTag, TODAY))).status,
    ).toBe(403);
    expect(await unitDays(test.deps, units[0].id)).toEqual([]);
  });

  it('on a day the point is closed, says so by a reason the page translates, nothing written', async () => {
    const { test, clock, point, units, staff, person } = await deskSetUp();
    clock.advance(6 * 24 * 60 * 60 * 1000); // Monday 7 December: the point opens Tuesday to Saturday.
    const closed = await walkIn(
      test,
      staff.cookie,
      point.id,
      walkInBody(person.user.email, units[0].assetTag, '2026-12-08'),
    );
    expect(closed.status).toBe(400);
    // The return day is fine: the form marks no field, it tells the point is closed today.
    expect(await problemOf(closed)).toMatchObject({ reason: 'closed-today', errors: [] });
    expect(await unitDays(test.deps, units[0].id)).toEqual([]);
  });
});
