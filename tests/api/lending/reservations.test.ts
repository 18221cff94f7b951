import { describe, expect, it } from 'vitest';
import { getReservation } from '../../../functions/lending/store/reservations.ts';
import { makeTestApp, problemOf } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import {
  borrowerCounters,
  call,
  certify,
  citizen,
  json,
  lendingClock,
  reserve,
  unitDays,
} from './reservations-support.ts';

interface View {
  id: string;
  model: { id: string; name: string };
  point: { id: string; name: string };
  pickUp: string;
  returnDay: string;
  status: string;
  phase: string;
}

const setUp = async (options: { category?: string; units?: number; maxLoanDays?: number } = {}) => {
  const clock = lendingClock();
  const test = await makeTestApp({ clock });
  const point = await pointFixture(test.deps, CAPUCINS);
  const { model, units } = await modelFixture(test.deps, {
    pointIds: [point.id],
    category: options.category,
    units: options.units ?? 1,
    overrides: options.maxLoanDays ? { maxLoanDays: options.maxLoanDays } : {},
  });
  const person = await citizen(test.deps);
  return { test, clock, point, model, units, person };
};

describe('reserving a model', () => {
  it('assigns a unit and writes one occupancy per day, the reservation and the counters; e-mails the days with an .ics', async () => {
    const { test, point, model, units, person } = await setUp({ units: 2 });
    const response = await reserve(test, person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-04',
    });
    expect(response.status).toBe(201);
    const view = await json<View>(response);
    expect(view).toMatchObject({
      model: { id: model.id, name: model.name },
      point: { id: point.id, name: point.name },
      pickUp: '2026-12-02',
      returnDay: '2026-12-04',
      status: 'reserved',
      phase: 'upcoming',
    });
    // The first unit by asset tag took the three days; the other none.
    const days = await unitDays(test.deps, units[0]?.id ?? '');
    expect(days.map((d) => [d.day, d.kind, d.reservationId])).toEqual([
      ['2026-12-02', 'reservation', view.id],
      ['2026-12-03', 'reservation', view.id],
      ['2026-12-04', 'reservation', view.id],
    ]);
    expect(await unitDays(test.deps, units[1]?.id ?? '')).toEqual([]);
    const stored = await getReservation(test.deps, view.id);
    expect(stored).toMatchObject({ userId: person.user.id, unitId: units[0]?.id, category: 'listening-player' });
    const counters = await borrowerCounters(test.deps, person.user.id);
    expect(counters.get('ACTIVE#listening-player')).toBe(1);
    expect(counters.get('WINDOW#listening-player#2026-12-02')).toBe(1);
    expect(counters.get('WINDOW#listening-player#2026-12-04')).toBe(3);
    expect(counters.get('WINDOW#listening-player#2027-01-02')).toBe(1);
    expect([...counters.keys()].filter((k) => k.startsWith('WINDOW#'))).toHaveLength(3 + 30 - 1);

    const mail = (await test.outbox()).filter((m) => m.to === person.user.email).at(-1);
    expect(mail?.subject).toContain(model.name);
    const ics = mail?.attachments?.[0];
    expect(ics?.contentType).toMatch(/^text\/calendar/);
    expect(ics?.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    // Pick-up at the point's opening (10:00 in Brest, UTC+1 in December), return at its closing span.
    expect(ics?.content).toContain('DTSTART:20261202T090000Z');
    expect(ics?.content).toContain('DTEND:20261204T170000Z');
    expect(ics?.content).toContain('LOCATION:Médiathèque des Capucins\\, 25 rue de Pontaniou\\, 29200 Brest');

    const loans = await json<{ upcoming: View[]; current: View[]; past: View[] }>(
      await call(test, '/api/me/lending', 'GET', person.cookie),
    );
    expect(loans.upcoming.map((v) => v.id)).toEqual([view.id]);
    expect(loans.current).toEqual([]);
  });

  it('refuses bad days with a 400 naming the field, unknown models and points with a 404', async () => {
    const { test, point, model, person } = await setUp();
    const other = await pointFixture(test.deps, CAPUCINS);
    const cases: [Record<string, string>, string][] = [
      [{ pickUp: '2026-11-30', returnDay: '2026-12-02' }, 'pickUp'],
      [{ pickUp: '2026-12-04', returnDay: '2026-12-02' }, 'returnDay'],
      [{ pickUp: '2026-12-06', returnDay: '2026-12-08' }, 'pickUp'], // Sunday
      [{ pickUp: '2026-12-22', returnDay: '2026-12-25' }, 'returnDay'], // Christmas
      [{ pickUp: '2026-12-02', returnDay: '2026-12-12' }, 'returnDay'], // 11 days > 7
      [{ pickUp: '2026-12-02', returnDay: '2026-12-03', pointId: other.id }, 'pointId'],
    ];
    for (const [days, field] of cases) {
      const response = await reserve(test, person.cookie, { modelId: model.id, pointId: point.id, ...days } as never);
      expect(response.status, JSON.stringify(days)).toBe(400);
      expect((await problemOf(response)).errors?.map((e) => e.path)).toContain(field);
    }
    const noTerms = await call(test, '/api/lending/reservations', 'POST', person.cookie, {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
    });
    expect((await problemOf(noTerms)).errors?.map((e) => e.path)).toEqual(['acceptTerms']);
    const lead = await modelFixture(test.deps, { pointIds: [point.id], units: 1, overrides: { leadDays: 2 } });
    const tooSoon = await reserve(test, person.cookie, {
      modelId: lead.model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
    });
    expect((await problemOf(tooSoon)).errors?.map((e) => e.path)).toEqual(['pickUp']);

    const days = { pickUp: '2026-12-02', returnDay: '2026-12-03' };
    expect((await reserve(test, person.cookie, { modelId: 'nope', pointId: point.id, ...days })).status).toBe(404);
    expect((await reserve(test, person.cookie, { modelId: model.id, pointId: 'nope', ...days })).status).toBe(404);
    // Nothing was written by any of them.
    expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);
  });

  it('sends a person without the training to the module (403), and lets a certified one reserve', async () => {
    const { test, point, model, person } = await setUp({ category: 'audio-recorder' });
    const body = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-03' };
    const refused = await reserve(test, person.cookie, body);
    expect(refused.status).toBe(403);
    const problem = (await problemOf(refused)) as unknown as {
      requiredTraining: { moduleId: string; title: { fr: string }; status: { state: string } };
      link: string;
    };
    expect(problem.requiredTraining).toMatchObject({
      moduleId: 'enregistrer-en-exterieur',
      status: { state: 'not-started' },
    });
    expect(problem.link).toBe('/formations/enregistrer-en-exterieur/');
    expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);

    await certify(test.deps, person.user.id, 'audio-recorder');
    expect((await reserve(test, person.cookie, body)).status).toBe(201);
  });

  it('refuses a third reservation at once with a 409 naming the limit and when one frees', async () => {
    const { test, point, model, person } = await setUp({ units: 3 });
    const run = (pickUp: string, returnDay: string) =>
      reserve(test, person.cookie, { modelId: model.id, pointId: point.id, pickUp, returnDay });
    expect((await run('2026-12-02', '2026-12-03')).status).toBe(201);
    expect((await run('2026-12-08', '2026-12-09')).status).toBe(201);
    const third = await run('2026-12-15', '2026-12-16');
    expect(third.status).toBe(409);
    expect(await problemOf(third)).toMatchObject({
      limit: { kind: 'reservations-at-once', max: 2, held: 2, freesOn: '2026-12-04' },
    });
  });

  it('refuses days past the window with a 409 saying which window', async () => {
    const { test, point, person } = await setUp();
    const accessory = await modelFixture(test.deps, { pointIds: [point.id], category: 'accessory', units: 4 });
    const take = (pickUp: string, returnDay: string) =>
      reserve(test, person.cookie, { modelId: accessory.model.id, pointId: point.id, pickUp, returnDay });
    expect((await take('2026-12-01', '2026-12-05')).status).toBe(201);
    expect((await take('2026-12-08', '2026-12-12')).status).toBe(201);
    expect((await take('2026-12-15', '2026-12-19')).status).toBe(201);
    const before = await borrowerCounters(test.deps, person.user.id);
    // 15 days held; 7 more would make 22 in the 30 days ending 2026-12-29 (and later windows).
    const over = await take('2026-12-23', '2026-12-29');
    expect(over.status).toBe(409);
    const problem = (await problemOf(over)) as unknown as { limit: Record<string, unknown> };
    expect(problem.limit).toMatchObject({ kind: 'days-in-window', max: 21, windowDays: 30 });
    // Nothing moved: every counter is as it was.
    expect(await borrowerCounters(test.deps, person.user.id)).toEqual(before);
  });

  it('answers 409 with the next free dates when no unit is free', async () => {
    const { test, point, model, person } = await setUp({ units: 1 });
    const other = await citizen(test.deps);
    const body = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-04' };
    expect((await reserve(test, other.cookie, body)).status).toBe(201);
    const taken = await reserve(test, person.cookie, body);
    expect(taken.status).toBe(409);
    expect(await problemOf(taken)).toMatchObject({
      taken: true,
      // Three days from the 5th: Saturday to Monday crosses closed days; Tuesday the 8th is the first.
      nextFree: [
        { pickUp: '2026-12-08', returnDay: '2026-12-10' },
        { pickUp: '2026-12-09', returnDay: '2026-12-11' },
        { pickUp: '2026-12-10', returnDay: '2026-12-12' },
      ],
    });
  });

  it('a resident gets 401 and a cross-site request 403', async () => {
    const { test, point, model, person } = await setUp();
    const body = {
      modelId: model.id,
      pointId: point.id,
      pickUp: '2026-12-02',
      returnDay: '2026-12-03',
      acceptTerms: true,
    };
    expect((await call(test, '/api/lending/reservations', 'POST', undefined, body)).status).toBe(401);
    const crossSite = await test.app.request('/api/lending/reservations', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', cookie: person.cookie },
      body: JSON.stringify(body),
    });
    expect(crossSite.status).toBe(403);
    expect((await call(test, '/api/me/lending')).status).toBe(401);
  });
});

describe('cancelling and changing dates', () => {
  it('cancels: the days are freed, the counters given back; only the owner may, once', async () => {
    const { test, point, model, units, person } = await setUp();
    const view = await json<View>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-02',
        returnDay: '2026-12-04',
      }),
    );
    const stranger = await citizen(test.deps);
    expect((await call(test, `/api/lending/reservations/${view.id}/cancel`, 'POST', stranger.cookie)).status).toBe(403);
    expect(
      (await call(test, `/api/lending/reservations/${crypto.randomUUID()}/cancel`, 'POST', person.cookie)).status,
    ).toBe(404);
    const cancelled = await call(test, `/api/lending/reservations/${view.id}/cancel`, 'POST', person.cookie);
    expect(cancelled.status).toBe(200);
    expect(await json(cancelled)).toMatchObject({ status: 'cancelled', phase: 'past' });
    expect(await unitDays(test.deps, units[0]?.id ?? '')).toEqual([]);
    const counters = await borrowerCounters(test.deps, person.user.id);
    expect([...counters.values()].every((value) => value === 0)).toBe(true);
    expect((await call(test, `/api/lending/reservations/${view.id}/cancel`, 'POST', person.cookie)).status).toBe(409);
    const notice = (await test.outbox()).filter((m) => m.to === person.user.email).at(-1);
    expect(notice?.subject).toBe(`Réservation annulée : ${model.name}`);
    expect(notice?.attachments?.[0]?.content).toContain('STATUS:CANCELLED');
    // The freed days can be reserved again.
    expect(
      (
        await reserve(test, stranger.cookie, {
          modelId: model.id,
          pointId: point.id,
          pickUp: '2026-12-02',
          returnDay: '2026-12-04',
        })
      ).status,
    ).toBe(201);
  });

  it('moves the days: released ones deleted, new ones claimed, kept ones untouched, the windows by their net delta', async () => {
    const { test, point, model, units, person } = await setUp();
    const view = await json<View>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-02',
        returnDay: '2026-12-04',
      }),
    );
    const moved = await call(test, `/api/lending/reservations/${view.id}`, 'PATCH', person.cookie, {
      pickUp: '2026-12-03',
      returnDay: '2026-12-05',
    });
    expect(moved.status).toBe(200);
    expect(await json(moved)).toMatchObject({ pickUp: '2026-12-03', returnDay: '2026-12-05' });
    expect((await unitDays(test.deps, units[0]?.id ?? '')).map((d) => [d.day, d.reservationId])).toEqual([
      ['2026-12-03', view.id],
      ['2026-12-04', view.id],
      ['2026-12-05', view.id],
    ]);
    const counters = await borrowerCounters(test.deps, person.user.id);
    expect(counters.get('ACTIVE#listening-player')).toBe(1);
    expect(counters.get('WINDOW#listening-player#2026-12-02')).toBe(0);
    expect(counters.get('WINDOW#listening-player#2026-12-05')).toBe(3);
    expect(counters.get('WINDOW#listening-player#2027-01-03')).toBe(1);
    expect(await getReservation(test.deps, view.id)).toMatchObject({ pickUp: '2026-12-03', returnDay: '2026-12-05' });
    const notice = (await test.outbox()).filter((m) => m.to === person.user.email).at(-1);
    expect(notice?.subject).toBe(`Dates changées : ${model.name}`);
    expect(notice?.attachments?.[0]?.content).toContain('DTSTART:20261203T090000Z');
    // The loans list follows the new pick-up day.
    const loans = await json<{ upcoming: View[] }>(await call(test, '/api/me/lending', 'GET', person.cookie));
    expect(loans.upcoming.map((v) => v.pickUp)).toEqual(['2026-12-03']);
  });

  it('refuses moving onto someone else’s days (409, nothing changed), someone else’s reservation (403), bad days (400)', async () => {
    const { test, point, model, units, person } = await setUp();
    const other = await citizen(test.deps);
    const mine = await json<View>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-02',
        returnDay: '2026-12-03',
      }),
    );
    const theirs = await json<View>(
      await reserve(test, other.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-04',
        returnDay: '2026-12-05',
      }),
    );
    const onto = await call(test, `/api/lending/reservations/${mine.id}`, 'PATCH', person.cookie, {
      pickUp: '2026-12-03',
      returnDay: '2026-12-04',
    });
    expect(onto.status).toBe(409);
    expect((await unitDays(test.deps, units[0]?.id ?? '')).map((d) => [d.day, d.reservationId])).toEqual([
      ['2026-12-02', mine.id],
      ['2026-12-03', mine.id],
      ['2026-12-04', theirs.id],
      ['2026-12-05', theirs.id],
    ]);
    expect(
      (
        await call(test, `/api/lending/reservations/${theirs.id}`, 'PATCH', person.cookie, {
          pickUp: '2026-12-09',
          returnDay: '2026-12-10',
        })
      ).status,
    ).toBe(403);
    const closed = await call(test, `/api/lending/reservations/${mine.id}`, 'PATCH', person.cookie, {
      pickUp: '2026-12-06',
      returnDay: '2026-12-09',
    });
    expect((await problemOf(closed)).errors?.map((e) => e.path)).toEqual(['pickUp']);
  });

  it('lists loans as upcoming, current and past as the city days go by', async () => {
    const { test, clock, point, model, person } = await setUp({ units: 2 });
    const first = await json<View>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-02',
        returnDay: '2026-12-03',
      }),
    );
    const second = await json<View>(
      await reserve(test, person.cookie, {
        modelId: model.id,
        pointId: point.id,
        pickUp: '2026-12-08',
        returnDay: '2026-12-09',
      }),
    );
    // Wednesday the 2nd at 23:30 in Brest (22:30 UTC): the first is out, the second to come.
    clock.advance((24 + 13.5) * 3600_000);
    const loans = await json<{ today: string; upcoming: View[]; current: View[]; past: View[] }>(
      await call(test, '/api/me/lending', 'GET', person.cookie),
    );
    expect(loans.today).toBe('2026-12-02');
    expect(loans.current.map((v) => v.id)).toEqual([first.id]);
    expect(loans.upcoming.map((v) => v.id)).toEqual([second.id]);
    // Its pick-up day has come: it can no longer be cancelled here.
    expect((await call(test, `/api/lending/reservations/${first.id}/cancel`, 'POST', person.cookie)).status).toBe(409);
    clock.advance(2 * 24 * 3600_000);
    const later = await json<{ past: View[] }>(await call(test, '/api/me/lending', 'GET', person.cookie));
    expect(later.past.map((v) => v.id)).toEqual([first.id]);
  });
});
