import { describe, expect, it } from 'vitest';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import {
  call,
  json,
  modelBody,
  personAt,
  reserveDayLikeAReservation,
  storedAssetTag,
  storedModelCollection,
  storedOccupancy,
} from './catalogue-support.ts';
import { MON_TO_SAT, modelFixture, pointFixture, uniqueTag, unitFixture } from './fixtures.ts';

// The manual clock's start, 2026-11-24T09:00Z, is a Tuesday in Brest.
const TODAY = '2026-11-24';

interface Detail {
  id: string;
  name: string;
  descriptionHtml: { fr: string; en: string };
  requiredTraining: { moduleId: string; title: { fr: string; en: string } } | null;
  rules: { maxLoanDays: number; leadDays: number; limits: { reservationsAtOnce: number } };
  points: { id: string; name: string; unitsInService: number }[];
  parts: unknown[];
  updatedAt: string;
}
interface Unit {
  id: string;
  assetTag: string;
  status: string;
  pointId: string;
  maintenance: { from: string; to: string } | null;
  updatedAt: string;
}
interface Availability {
  today: string;
  days: { day: string; open: boolean; past: boolean; free: number; units: number }[];
}

describe('the public catalogue', () => {
  it('lists the categories with their limits and the training each needs (cached publicly)', async () => {
    const test = await makeTestApp();
    const response = await call(test, '/api/lending/categories');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('public');
    const { categories } = await json<{
      categories: {
        id: string;
        limits: object;
        requiredTraining: { moduleId: string; title: { fr: string } } | null;
      }[];
    }>(response);
    const recorder = categories.find((c) => c.id === 'audio-recorder');
    expect(recorder?.requiredTraining?.moduleId).toBe('enregistrer-en-exterieur');
    expect(recorder?.requiredTraining?.title.fr.length).toBeGreaterThan(0);
    expect(categories.find((c) => c.id === 'video-camera')?.requiredTraining?.moduleId).toBe(
      'tourner-et-sous-titrer-une-video',
    );
    expect(categories.find((c) => c.id === 'listening-player')?.requiredTraining).toBeNull();
    expect(recorder?.limits).toEqual({ reservationsAtOnce: 2, daysInWindow: 14, windowDays: 30 });
  });

  it('lists models and shows one: rendered description, rules, training, units in service per point', async () => {
    const test = await makeTestApp();
    const [a, b] = [(await pointFixture(test.deps, MON_TO_SAT)).id, (await pointFixture(test.deps, MON_TO_SAT)).id];
    const model = (
      await modelFixture(test.deps, {
        pointIds: [a, b],
        overrides: {
          category: 'audio-recorder',
          description: { fr: 'Un **kit**. <script>alert(1)</script>', en: 'A **kit**.' },
          maxLoanDays: 7,
          leadDays: 1,
        },
      })
    ).model;
    await unitFixture(test.deps, model.id, a);
    await unitFixture(test.deps, model.id, a);
    await unitFixture(test.deps, model.id, a, { status: 'retired' });
    await unitFixture(test.deps, model.id, b);

    const list = await call(test, '/api/lending/models');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toContain('public');
    const { models, points } = await json<{
      models: { id: string; pointIds: string[] }[];
      points: { id: string; name: string }[];
    }>(list);
    expect(models.find((m) => m.id === model.id)?.pointIds).toEqual([a, b]);
    // The points the models name, with their names (one Query of the points beside the models').
    expect(points).toEqual(
      expect.arrayContaining([
        { id: a, name: `Point ${a}` },
        { id: b, name: `Point ${b}` },
      ]),
    );

    const response = await call(test, `/api/lending/models/${model.id}`);
    expect(response.status).toBe(200);
    const detail = await json<Detail>(response);
    expect(detail.descriptionHtml.fr).toContain('<strong>kit</strong>');
    expect(detail.descriptionHtml.fr).not.toContain('<script>');
    expect(detail.requiredTraining?.moduleId).toBe('enregistrer-en-exterieur');
    expect(detail.rules).toMatchObject({ maxLoanDays: 7, leadDays: 1, limits: { reservationsAtOnce: 2 } });
    expect(detail.points).toEqual([
      { id: a, name: `Point ${a}`, unitsInService: 2 },
      { id: b, name: `Point ${b}`, unitsInService: 1 },
    ]);
    expect((await call(test, '/api/lending/models/no-such-model')).status).toBe(404);
  });
});

describe('availability', () => {
  it('answers per day: open (weekly hours, closures), free and total units, past days never free', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const { id: point } = await pointFixture(test.deps, {
      ...MON_TO_SAT,
      closures: [{ from: '2026-12-01', to: '2026-12-01', reason: { fr: 'Fermé', en: 'Closed' } }],
    });
    const model = (await modelFixture(test.deps, { pointIds: [point] })).model;
    const first = await unitFixture(test.deps, model.id, point, { assetTag: uniqueTag('AAA') });
    await unitFixture(test.deps, model.id, point, { assetTag: uniqueTag('BBB') });
    await unitFixture(test.deps, model.id, point, { status: 'retired' });
    await reserveDayLikeAReservation(test.deps, first, '2026-11-26', 'r-1', clock.now());

    const response = await call(
      test,
      `/api/lending/models/${model.id}/availability?point=${point}&from=2026-11-23&to=2026-12-01`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('public');
    const body = await json<Availability>(response);
    expect(body.today).toBe(TODAY);
    const byDay = Object.fromEntries(body.days.map((d) => [d.day, d]));
    expect(body.days).toHaveLength(9);
    expect(byDay['2026-11-23']).toEqual({ day: '2026-11-23', open: true, past: true, free: 0, units: 2 });
    expect(byDay['2026-11-24']).toMatchObject({ open: true, past: false, free: 2, units: 2 });
    expect(byDay['2026-11-26']).toMatchObject({ open: true, free: 1, units: 2 });
    // Sunday: no hours. 1 December: a closure.
    expect(byDay['2026-11-29']).toMatchObject({ open: false });
    expect(byDay['2026-12-01']).toMatchObject({ open: false });
    expect(byDay['2026-11-30']).toMatchObject({ open: true, free: 2 });
  });

  it('refuses a bad period or point with a 400 naming the field, an unknown model with a 404', async () => {
    const test = await makeTestApp();
    const [point, elsewhere] = [
      (await pointFixture(test.deps, MON_TO_SAT)).id,
      (await pointFixture(test.deps, MON_TO_SAT)).id,
    ];
    const model = (await modelFixture(test.deps, { pointIds: [point] })).model;
    const ask = (query: string) => call(test, `/api/lending/models/${model.id}/availability?${query}`);
    const fieldOf = async (response: Response) => {
      expect(response.status).toBe(400);
      return (await problemOf(response)).errors?.map((e) => `${e.in}:${e.path}`);
    };
    expect(await fieldOf(await ask(`point=${point}&from=2026-12-10&to=2026-12-01`))).toEqual(['query:to']);
    expect(await fieldOf(await ask(`point=${point}&from=2026-12-01&to=2027-02-05`))).toEqual(['query:to']);
    expect(await fieldOf(await ask(`point=${point}&from=2026-10-30&to=2026-11-30`))).toEqual(['query:from']);
    expect(await fieldOf(await ask(`point=${point}&from=2026-12-01&to=2026-12-32`))).toEqual(['query:to']);
    expect(await fieldOf(await ask(`point=${elsewhere}&from=2026-12-01&to=2026-12-31`))).toEqual(['query:point']);
    expect(await fieldOf(await ask(`point=no-such-point&from=2026-12-01&to=2026-12-31`))).toEqual(['query:point']);
    expect(await fieldOf(await ask(`from=2026-12-01&to=2026-12-31`))).toEqual(['query:point']);
    // The whole current month may be asked (a month view), and 62 days at once.
    expect((await ask(`point=${point}&from=2026-11-01&to=2026-12-31`)).status).toBe(200);
    expect(
      (await call(test, `/api/lending/models/no-such-model/availability?point=${point}&from=2026-12-01&to=2026-12-02`))
        .status,
    ).toBe(404);
  });
});

describe('editing the catalogue', () => {
  it('staff add and edit models at their points only; admins anywhere; citizens never', async () => {
    const test = await makeTestApp();
    const [mine, theirs] = [
      (await pointFixture(test.deps, MON_TO_SAT)).id,
      (await pointFixture(test.deps, MON_TO_SAT)).id,
    ];
    const staff = await personAt(test.deps, 'staff', [mine]);
    const admin = await personAt(test.deps, 'admin');
    const citizen = await personAt(test.deps, 'citizen');

    const created = await call(test, '/api/lending/models', 'POST', staff.cookie, modelBody([mine]));
    expect(created.status).toBe(201);
    const model = await json<Detail>(created);
    expect(model.points).toEqual([{ id: mine, name: `Point ${mine}`, unitsInService: 0 }]);

    const outside = await call(test, '/api/lending/models', 'POST', staff.cookie, modelBody([mine, theirs]));
    expect(outside.status).toBe(403);
    expect((await problemOf(outside)).detail).toContain(theirs);
    expect((await call(test, '/api/lending/models', 'POST', citizen.cookie, modelBody([mine]))).status).toBe(403);
    expect((await call(test, '/api/lending/models', 'POST', undefined, modelBody([mine]))).status).toBe(401);
    expect((await call(test, '/api/lending/models', 'POST', admin.cookie, modelBody([mine, theirs]))).status).toBe(201);

    const seen = test.edgeCache.invalidations.length;
    const edited = await call(test, `/api/lending/models/${model.id}`, 'PATCH', staff.cookie, {
      name: 'Baladeur renommé',
      maxLoanDays: 5,
    });
    expect(edited.status).toBe(200);
    // What residents read of it is dropped from the edge: its page, its availability, the catalogue.
    expect(test.edgeCache.invalidations.slice(seen).flat()).toEqual(
      expect.arrayContaining([
        `/api/lending/models/${model.id}`,
        `/api/lending/models/${model.id}/*`,
        '/api/lending/models',
      ]),
    );
    expect(await json(edited)).toMatchObject({ name: 'Baladeur renommé', rules: { maxLoanDays: 5 } });
    const stored = (await storedModelCollection(test.deps, model.id)).find((item) => item.sk === 'MODEL');
    expect(stored).toMatchObject({ name: 'Baladeur renommé', maxLoanDays: 5, category: 'listening-player' });

    // Adding a point they do not staff: refused; a model held only elsewhere: refused.
    expect(
      (await call(test, `/api/lending/models/${model.id}`, 'PATCH', staff.cookie, { pointIds: [mine, theirs] })).status,
    ).toBe(403);
    const elsewhere = (await modelFixture(test.deps, { pointIds: [theirs] })).model;
    expect(
      (await call(test, `/api/lending/models/${elsewhere.id}`, 'PATCH', staff.cookie, { name: 'Pris' })).status,
    ).toBe(403);
    expect((await call(test, '/api/lending/models/no-such-model', 'PATCH', admin.cookie, { name: 'x' })).status).toBe(
      404,
    );
  });

  it('refuses an unknown category or point with a 400 naming the field, a taken id with a 409', async () => {
    const test = await makeTestApp();
    const point = (await pointFixture(test.deps, MON_TO_SAT)).id;
    const admin = await personAt(test.deps, 'admin');
    const post = (body: unknown) => call(test, '/api/lending/models', 'POST', admin.cookie, body);
    const badCategory = await post(modelBody([point], { category: 'teleporter' }));
    expect(badCategory.status).toBe(400);
    expect((await problemOf(badCategory)).errors?.map((e) => e.path)).toEqual(['category']);
    const badPoint = await post(modelBody([point, 'no-such-point']));
    expect(badPoint.status).toBe(400);
    expect((await problemOf(badPoint)).errors?.map((e) => e.path)).toEqual(['pointIds']);
    const body = modelBody([point]);
    expect((await post(body)).status).toBe(201);
    const again = await post(body);
    expect(again.status).toBe(409);
    expect((await problemOf(again)).errors?.map((e) => e.path)).toEqual(['id']);
    // An id from the name when none is given.
    const named = await post({
      ...modelBody([point]),
      id: undefined,
      name: `Zoom H5 – Kit ${crypto.randomUUID().slice(0, 4)}`,
    });
    expect(named.status).toBe(201);
    expect((await json<Detail>(named)).id).toMatch(/^zoom-h5-kit-[a-z0-9]{4}$/);
  });

  it('a point still holding units of the model cannot be dropped from it', async () => {
    const test = await makeTestApp();
    const [a, b] = [(await pointFixture(test.deps, MON_TO_SAT)).id, (await pointFixture(test.deps, MON_TO_SAT)).id];
    const admin = await personAt(test.deps, 'admin');
    const model = (await modelFixture(test.deps, { pointIds: [a, b] })).model;
    await unitFixture(test.deps, model.id, b);
    const refused = await call(test, `/api/lending/models/${model.id}`, 'PATCH', admin.cookie, { pointIds: [a] });
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).errors?.map((e) => e.path)).toEqual(['pointIds']);
  });

  it('staff add and edit units at their points; a tag already used is a 409 naming it, whatever its case', async () => {
    const test = await makeTestApp();
    const [mine, theirs] = [
      (await pointFixture(test.deps, MON_TO_SAT)).id,
      (await pointFixture(test.deps, MON_TO_SAT)).id,
    ];
    const staff = await personAt(test.deps, 'staff', [mine]);
    const model = (await modelFixture(test.deps, { pointIds: [mine, theirs] })).model;
    const tag = uniqueTag('AUD');
    const path = `/api/lending/models/${model.id}/units`;

    const created = await call(test, path, 'POST', staff.cookie, {
      assetTag: tag.toLowerCase(),
      pointId: mine,
      serial: 'SN-1',
    });
    expect(created.status).toBe(201);
    const unit = await json<Unit>(created);
    expect(unit).toMatchObject({ assetTag: tag, status: 'in-service', pointId: mine });
    expect(await storedAssetTag(test.deps, tag)).toMatchObject({ unitId: unit.id, modelId: model.id });

    const duplicate = await call(test, path, 'POST', staff.cookie, { assetTag: tag, pointId: mine });
    expect(duplicate.status).toBe(409);
    const problem = await problemOf(duplicate);
    expect(problem.detail).toContain(tag);
    expect(problem.errors?.map((e) => e.path)).toEqual(['assetTag']);

    expect((await call(test, path, 'POST', staff.cookie, { assetTag: uniqueTag(), pointId: theirs })).status).toBe(403);
    const notHeld = await call(test, path, 'POST', staff.cookie, { assetTag: uniqueTag(), pointId: 'no-such-point' });
    expect(notHeld.status).toBe(403);
    const admin = await personAt(test.deps, 'admin');
    const adminNotHeld = await call(test, path, 'POST', admin.cookie, {
      assetTag: uniqueTag(),
      pointId: 'no-such-point',
    });
    expect(adminNotHeld.status).toBe(400);
    expect((await problemOf(adminNotHeld)).errors?.map((e) => e.path)).toEqual(['pointId']);

    const edited = await call(test, `${path}/${unit.id}`, 'PATCH', staff.cookie, {
      status: 'retired',
      notes: 'Écran fêlé',
    });
    expect(edited.status).toBe(200);
    expect(await json(edited)).toMatchObject({ status: 'retired', notes: 'Écran fêlé', assetTag: tag });
    // Moving it to a point they do not staff: refused.
    expect((await call(test, `${path}/${unit.id}`, 'PATCH', staff.cookie, { pointId: theirs })).status).toBe(403);
    const other = await unitFixture(test.deps, model.id, theirs);
    expect((await call(test, `${path}/${other.id}`, 'PATCH', staff.cookie, { notes: 'x' })).status).toBe(403);

    // The staff's list: their points' units only, with what they manage.
    const listed = await json<{ units: Unit[]; manages: string[] }>(await call(test, path, 'GET', staff.cookie));
    expect(listed.manages).toEqual([mine]);
    expect(listed.units.map((u) => u.id)).toEqual([unit.id]);
    expect((await call(test, `${path}/${crypto.randomUUID()}`, 'PATCH', staff.cookie, { notes: 'x' })).status).toBe(
      404,
    );
  });
});

describe('moving a unit', () => {
  it('moves a unit with no days ahead; one with a reservation ahead stays, 409 naming the days, nothing written', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const [a, b] = [(await pointFixture(test.deps, MON_TO_SAT)).id, (await pointFixture(test.deps, MON_TO_SAT)).id];
    const staff = await personAt(test.deps, 'staff', [a, b]);
    const model = (await modelFixture(test.deps, { pointIds: [a, b] })).model;
    const [free, taken] = [await unitFixture(test.deps, model.id, a), await unitFixture(test.deps, model.id, a)];
    const path = `/api/lending/models/${model.id}/units`;
    const stored = async (unitId: string) =>
      (await storedModelCollection(test.deps, model.id)).find((item) => item.sk === `UNIT#${unitId}`);

    // A day already past does not keep a unit where it is; a day ahead does.
    expect(await reserveDayLikeAReservation(test.deps, free, '2026-11-20', 'r-past', clock.now())).toBe(true);
    const moved = await call(test, `${path}/${free.id}`, 'PATCH', staff.cookie, { pointId: b });
    expect(moved.status).toBe(200);
    expect(await json(moved)).toMatchObject({ pointId: b });
    expect(await stored(free.id)).toMatchObject({ pointId: b });

    expect(await reserveDayLikeAReservation(test.deps, taken, '2026-11-30', 'r-ahead', clock.now())).toBe(true);
    const before = await stored(taken.id);
    const refused = await call(test, `${path}/${taken.id}`, 'PATCH', staff.cookie, { pointId: b, notes: 'x' });
    expect(refused.status).toBe(409);
    const problem = await problemOf(refused);
    expect(problem).toMatchObject({ takenDays: ['2026-11-30'] });
    expect(problem.errors?.map((e) => e.path)).toEqual(['pointId']);
    expect(await stored(taken.id)).toEqual(before);
    // Its other fields still change where it is.
    expect((await call(test, `${path}/${taken.id}`, 'PATCH', staff.cookie, { notes: 'x' })).status).toBe(200);
  });
});

describe('maintenance', () => {
  it('takes the unit’s days as occupancy items; a taken day refuses it whole; ending releases its days only', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const point = (await pointFixture(test.deps, MON_TO_SAT)).id;
    const staff = await personAt(test.deps, 'staff', [point]);
    const model = (await modelFixture(test.deps, { pointIds: [point] })).model;
    const unit = await unitFixture(test.deps, model.id, point);
    const path = `/api/lending/models/${model.id}/units/${unit.id}/maintenance`;

    // A reservation already has 27 November: a period covering it is refused, nothing written.
    expect(await reserveDayLikeAReservation(test.deps, unit, '2026-11-27', 'r-1', clock.now())).toBe(true);
    const refused = await call(test, path, 'POST', staff.cookie, { from: '2026-11-25', to: '2026-11-28' });
    expect(refused.status).toBe(409);
    expect(await json(refused)).toMatchObject({ takenDays: ['2026-11-27'] });
    expect(await storedOccupancy(test.deps, unit.id, '2026-11-25')).toBeUndefined();
    expect((await storedModelCollection(test.deps, model.id)).find((i) => i.sk === `UNIT#${unit.id}`)).toMatchObject({
      status: 'in-service',
    });

    const past = await call(test, path, 'POST', staff.cookie, { from: '2026-11-20', to: '2026-11-22' });
    expect(past.status).toBe(400);
    expect((await problemOf(past)).errors?.map((e) => e.path)).toEqual(['from']);

    const started = await call(test, path, 'POST', staff.cookie, { from: '2026-11-24', to: '2026-11-26' });
    expect(started.status).toBe(200);
    expect(await json(started)).toMatchObject({
      status: 'maintenance',
      maintenance: { from: '2026-11-24', to: '2026-11-26' },
    });
    for (const day of ['2026-11-24', '2026-11-25', '2026-11-26']) {
      const item = await storedOccupancy(test.deps, unit.id, day);
      expect(item).toMatchObject({
        kind: 'maintenance',
        unitId: unit.id,
        modelId: model.id,
        day,
        kindPk: `CAL#${model.id}`,
      });
      // TTL a few days after the day, never before its end.
      expect(item?.expiresAt).toBeGreaterThan(Date.parse(`${day}T23:59:59Z`) / 1000);
    }
    const availability = await json<Availability>(
      await call(test, `/api/lending/models/${model.id}/availability?point=${point}&from=2026-11-24&to=2026-11-28`),
    );
    // In maintenance, the unit is lent on none of the days (and the next reservation cannot take it).
    expect(availability.days.map((d) => d.units)).toEqual([0, 0, 0, 0, 0]);
    expect((await call(test, path, 'POST', staff.cookie, { from: '2026-11-30', to: '2026-11-30' })).status).toBe(409);

    // The next day, it is over: today's and later days are released; yesterday's stays for TTL.
    clock.advance(24 * 3_600_000);
    const ended = await call(test, path, 'DELETE', staff.cookie);
    expect(ended.status).toBe(200);
    expect(await json(ended)).toMatchObject({ status: 'in-service', maintenance: null });
    expect(await storedOccupancy(test.deps, unit.id, '2026-11-24')).toMatchObject({ kind: 'maintenance' });
    expect(await storedOccupancy(test.deps, unit.id, '2026-11-25')).toBeUndefined();
    expect(await storedOccupancy(test.deps, unit.id, '2026-11-26')).toBeUndefined();
    expect(await storedOccupancy(test.deps, unit.id, '2026-11-27')).toMatchObject({
      kind: 'reservation',
      reservationId: 'r-1',
    });
    expect((await call(test, path, 'DELETE', staff.cookie)).status).toBe(409);
    const outsider = await personAt(test.deps, 'staff', [(await pointFixture(test.deps, MON_TO_SAT)).id]);
    expect((await call(test, path, 'POST', outsider.cookie, { from: '2026-11-28', to: '2026-11-28' })).status).toBe(
      403,
    );
  });
});

describe('races, decided by the writes', () => {
  it('50 units created at once with the same asset tag: exactly one unit and one lookup item', async () => {
    const test = await makeTestApp();
    const point = (await pointFixture(test.deps, MON_TO_SAT)).id;
    const admin = await personAt(test.deps, 'admin');
    const model = (await modelFixture(test.deps, { pointIds: [point] })).model;
    const tag = uniqueTag('RACE');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(test, `/api/lending/models/${model.id}/units`, 'POST', admin.cookie, {
          assetTag: tag,
          pointId: point,
          serial: `S-${i}`,
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = await json<Unit>(answers.find((a) => a.status === 201) as Response);
    const units = (await storedModelCollection(test.deps, model.id)).filter((item) =>
      String(item.sk).startsWith('UNIT#'),
    );
    expect(units.map((u) => u.assetTag)).toEqual([tag]);
    expect(units[0]?.id).toBe(winner.id);
    expect(await storedAssetTag(test.deps, tag)).toMatchObject({ unitId: winner.id });
  });

  it('maintenance racing a reservation of the same unit and day: exactly one of them holds the day', async () => {
    const clock = manualClock();
    const test = await makeTestApp({ clock });
    const point = (await pointFixture(test.deps, MON_TO_SAT)).id;
    const staff = await personAt(test.deps, 'staff', [point]);
    const model = (await modelFixture(test.deps, { pointIds: [point] })).model;
    // Ten rounds, each on a fresh unit: both writers start together on the same day.
    const rounds = await Promise.all(
      Array.from({ length: 10 }, async (_, round) => {
        const unit = await unitFixture(test.deps, model.id, point);
        const day = '2026-12-02';
        const [maintenance, reserved] = await Promise.all([
          call(test, `/api/lending/models/${model.id}/units/${unit.id}/maintenance`, 'POST', staff.cookie, {
            from: '2026-12-01',
            to: '2026-12-03',
          }),
          reserveDayLikeAReservation(test.deps, unit, day, `r-${round}`, clock.now()),
        ]);
        const stored = await storedOccupancy(test.deps, unit.id, day);
        const neighbour = await storedOccupancy(test.deps, unit.id, '2026-12-01');
        return { maintenance: maintenance.status, reserved, stored, neighbour };
      }),
    );
    for (const { maintenance, reserved, stored, neighbour } of rounds) {
      // Exactly one winner for the day, and the stored item is the winner's.
      expect([maintenance === 200, reserved].filter(Boolean)).toHaveLength(1);
      expect(stored?.kind).toBe(reserved ? 'reservation' : 'maintenance');
      // A lost maintenance wrote none of its days.
      if (reserved) expect(neighbour).toBeUndefined();
      else expect(neighbour?.kind).toBe('maintenance');
    }
  });
});
