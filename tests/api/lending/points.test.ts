import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, makeTestApp, problemOf } from '../support.ts';
import { pointBody, pointFixture } from './fixtures.ts';

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;
let admin: { cookie: string };

beforeAll(async () => {
  test = await makeTestApp();
  admin = await personWithRole(test.deps, 'admin');
});

const post = (body: unknown, cookie = admin.cookie) =>
  test.app.request('/api/lending/points', {
    method: 'POST',
    headers: browserHeaders(cookie),
    body: JSON.stringify(body),
  });
const put = (id: string, body: unknown, cookie = admin.cookie) =>
  test.app.request(`/api/lending/points/${id}`, {
    method: 'PUT',
    headers: browserHeaders(cookie),
    body: JSON.stringify(body),
  });
const storedPoint = async (id: string) =>
  (await test.deps.db.send(new GetCommand({ TableName: test.deps.tableName, Key: lendingKeys.point(id) }))).Item;
const failingPaths = async (response: Response) => {
  expect(response.status).toBe(400);
  return ((await problemOf(response)).errors ?? []).map((error) => error.path).sort();
};

describe('lending points: public reads', () => {
  it('lists the points with their hours and closures, cacheable by everyone', async () => {
    const point = await pointFixture(test.deps, { name: 'Aaa point listé' });
    const response = await test.app.request('/api/lending/points');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=/);
    const { items } = (await response.json()) as { items: { id: string; name: string }[] };
    expect(items.find((item) => item.id === point.id)).toEqual(point);
    // By name.
    const names = items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('shows one point, or 404 for an unknown one and 400 for an invalid id', async () => {
    const point = await pointFixture(test.deps);
    const response = await test.app.request(`/api/lending/points/${point.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public, /);
    expect(await response.json()).toMatchObject({
      id: point.id,
      hours: {
        tue: [
          { opens: '10:00', closes: '12:30' },
          { opens: '14:00', closes: '18:00' },
        ],
        mon: [],
      },
      closures: [{ from: '2026-12-24', to: '2026-12-26', reason: { fr: 'Noël', en: 'Christmas' } }],
      contact: { email: 'pret@example.test' },
    });
    expect((await test.app.request('/api/lending/points/nowhere-at-all')).status).toBe(404);
    expect((await test.app.request('/api/lending/points/Not_A_Slug')).status).toBe(400);
  });
});

describe('lending points: admins create and edit', () => {
  it('creates a point (stored under its key and in the list), then refuses the same id (409)', async () => {
    const body = pointBody();
    const seen = test.edgeCache.invalidations.length;
    const created = await post(body);
    expect(created.status).toBe(201);
    const point = (await created.json()) as { id: string; createdAt: string; updatedAt: string };
    expect(point).toMatchObject({ id: body.id, name: body.name, lat: body.lat });
    expect(point.updatedAt).toBe(test.deps.clock.now().toISOString());
    expect(await storedPoint(body.id)).toMatchObject({ kindPk: 'LENDING_POINTS', kindSk: body.id, name: body.name });
    expect(test.edgeCache.invalidations.slice(seen).flat()).toEqual(
      expect.arrayContaining(['/api/lending/points', `/api/lending/points/${body.id}`]),
    );
    const again = await post(body);
    expect(again.status).toBe(409);
    expect((await problemOf(again)).errors).toEqual([{ in: 'body', path: 'id', message: expect.any(String) }]);
  });

  it('refuses citizens and staff (403) and residents (401), writing nothing', async () => {
    const body = pointBody();
    for (const role of ['citizen', 'staff'] as const) {
      const { cookie } = await personWithRole(test.deps, role);
      expect((await post(body, cookie)).status).toBe(403);
    }
    const anonymous = await test.app.request('/api/lending/points', {
      method: 'POST',
      headers: browserHeaders(),
      body: JSON.stringify(body),
    });
    expect(anonymous.status).toBe(401);
    expect(await storedPoint(body.id)).toBeUndefined();
  });

  it('names the failing fields: spans out of order, closing before opening, a reversed closure, lat/lng out of range', async () => {
    const response = await post(
      pointBody({
        lat: 91,
        lng: -181,
        hours: {
          ...pointBody().hours,
          tue: [
            { opens: '14:00', closes: '18:00' },
            { opens: '10:00', closes: '12:00' },
          ],
          wed: [{ opens: '18:00', closes: '10:00' }],
          thu: [{ opens: '9:00', closes: '25:00' }],
        },
        closures: [{ from: '2026-12-26', to: '2026-12-24', reason: { fr: 'Noël', en: 'Christmas' } }],
      }),
    );
    expect(await failingPaths(response)).toEqual([
      'closures.0.to',
      'hours.thu.0.closes',
      'hours.thu.0.opens',
      'hours.tue.1.opens',
      'hours.wed.0.closes',
      'lat',
      'lng',
    ]);
  });

  it('refuses three spans a day, a day that does not exist, a missing weekday and an unknown field', async () => {
    const { sun: _sunday, ...sixDays } = pointBody().hours;
    const response = await post(
      pointBody({
        hours: {
          ...sixDays,
          mon: [
            { opens: '08:00', closes: '09:00' },
            { opens: '10:00', closes: '11:00' },
            { opens: '12:00', closes: '13:00' },
          ],
        },
        closures: [{ from: '2026-02-30', to: '2026-03-01', reason: { fr: 'x', en: 'x' } }],
        colour: 'red',
      }),
    );
    expect(await failingPaths(response)).toEqual(['', 'closures.0.from', 'hours.mon', 'hours.sun']);
  });

  it('edits a point compare-and-set: the version edited wins once, an edit from an older version gets 409', async () => {
    const point = await pointFixture(test.deps);
    const { id: _id, ...fields } = pointBody();
    const first = await put(point.id, { ...fields, name: 'Premier nom', expectedUpdatedAt: point.updatedAt });
    expect(first.status).toBe(200);
    const edited = (await first.json()) as { name: string; updatedAt: string; createdAt: string };
    expect(edited).toMatchObject({ name: 'Premier nom', createdAt: point.createdAt });
    // Same clock instant: the version still moves on, so the older one cannot be used twice.
    expect(edited.updatedAt > point.updatedAt).toBe(true);

    const late = await put(point.id, { ...fields, name: 'Second nom', expectedUpdatedAt: point.updatedAt });
    expect(late.status).toBe(409);
    expect(await problemOf(late)).toMatchObject({ updatedAt: edited.updatedAt });
    expect(await storedPoint(point.id)).toMatchObject({ name: 'Premier nom', updatedAt: edited.updatedAt });

    // Removing the description removes it (the item is replaced, not merged).
    const { description: _description, ...withoutDescription } = fields;
    const second = await put(point.id, { ...withoutDescription, expectedUpdatedAt: edited.updatedAt });
    expect(second.status).toBe(200);
    expect((await storedPoint(point.id))?.description).toBeUndefined();
  });

  it('lets two admins race on the same version: exactly one edit lands', async () => {
    const point = await pointFixture(test.deps);
    const { id: _id, ...fields } = pointBody();
    const answers = await Promise.all(
      ['Nom A', 'Nom B', 'Nom C', 'Nom D'].map((name) =>
        put(point.id, { ...fields, name, expectedUpdatedAt: point.updatedAt }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const winner = (await answers.find((answer) => answer.status === 200)?.json()) as { name: string };
    expect((await storedPoint(point.id))?.name).toBe(winner.name);
  });

  it('answers 404 for an edit of an unknown point and 400 for a bad body', async () => {
    const { id: _id, ...fields } = pointBody();
    expect((await put('nowhere-to-edit', { ...fields, expectedUpdatedAt: '2026-01-01T00:00:00.000Z' })).status).toBe(
      404,
    );
    const point = await pointFixture(test.deps);
    expect(await failingPaths(await put(point.id, { ...fields }))).toEqual(['expectedUpdatedAt']);
  });
});

describe('staff roles name real lending points', () => {
  it('refuses unknown point ids with a 400 naming them, and accepts real ones', async () => {
    const point = await pointFixture(test.deps);
    const citizen = await personWithRole(test.deps, 'citizen');
    const roles = (staffOf: string[]) =>
      test.app.request(`/api/admin/users/${citizen.user.id}/roles`, {
        method: 'PUT',
        headers: browserHeaders(admin.cookie),
        body: JSON.stringify({ admin: false, staffOf }),
      });
    const refused = await roles([point.id, 'mediatheque-inconnue', 'bibliotheque-fantome']);
    expect(refused.status).toBe(400);
    const problem = await problemOf(refused);
    expect(problem).toMatchObject({ unknownPlaces: ['mediatheque-inconnue', 'bibliotheque-fantome'] });
    expect(problem.errors).toEqual([
      { in: 'body', path: 'staffOf', message: 'No such lending point: mediatheque-inconnue, bibliotheque-fantome' },
    ]);
    const me = (await (await test.app.request('/api/me', { headers: { cookie: citizen.cookie } })).json()) as {
      roles: string[];
    };
    expect(me.roles).toEqual(['citizen']);

    const granted = await roles([point.id]);
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ roles: ['citizen', 'staff'], staffOf: [point.id] });
  });
});
