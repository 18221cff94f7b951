import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyMissingPoints } from '../../../functions/lending/catalogue/copy-missing-points.ts';
import type { LendingPointRecord } from '../../../functions/lending/records.ts';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { makeTestApp, problemOf } from '../support.ts';
import { call, json, personAt } from './catalogue-support.ts';
import { MON_TO_SAT, modelFixture, OPEN_TUE_TO_SAT, pointFixture, unitFixture } from './fixtures.ts';

/**
 * Availability is one Query of the model's calendar, which keeps a copy of each point holding the
 * model; these tests count the requests and check that the copies never lag behind the points,
 * whichever of a point's edit and a model's edit commits first.
 */

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;
let admin: { cookie: string };

beforeAll(async () => {
  test = await makeTestApp();
  admin = await personAt(test.deps, 'admin');
});

interface Availability {
  days: { day: string; open: boolean; free: number; units: number }[];
}

const stored = async (key: { pk: string; sk: string }) =>
  (await test.deps.db.send(new GetCommand({ TableName: test.deps.tableName, Key: key, ConsistentRead: true }))).Item;

/** The body of an admin's edit of `point`, with other hours. */
const editBody = (point: LendingPointRecord, hours: LendingPointRecord['hours']) => ({
  name: point.name,
  address: point.address,
  lat: point.lat,
  lng: point.lng,
  hours,
  closures: point.closures,
  contact: point.contact,
  ...(point.description ? { description: point.description } : {}),
  expectedUpdatedAt: point.updatedAt,
});

/**
 * The names of the commands sent to DynamoDB while `run` runs (a middleware on the test's client,
 * removed after). The app's other users of the client in this file do not run meanwhile.
 */
const dynamoCommandsDuring = async (run: () => Promise<unknown>): Promise<string[]> => {
  const sent: string[] = [];
  const name = `count-${crypto.randomUUID()}`;
  test.deps.db.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await run();
  } finally {
    test.deps.db.middlewareStack.remove(name);
  }
  return sent;
};

const availabilityOf = async (modelId: string, pointId: string) => {
  const response = await call(
    test,
    `/api/lending/models/${modelId}/availability?point=${pointId}&from=2026-11-24&to=2026-11-30`,
  );
  expect(response.status).toBe(200);
  return json<Availability>(response);
};

describe('availability: one Query, kept in step with the points', () => {
  it('answers with exactly one DynamoDB request, a Query', async () => {
    const point = await pointFixture(test.deps, MON_TO_SAT);
    const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 2 });
    let body: Availability | undefined;
    const sent = await dynamoCommandsDuring(async () => {
      body = await availabilityOf(model.id, point.id);
    });
    expect(sent).toEqual(['QueryCommand']);
    expect(body?.days.find((d) => d.day === '2026-11-24')).toMatchObject({ open: true, free: 2, units: 2 });
    // The unknown model and the point not holding it are still told apart, from that one Query.
    const unknown = await dynamoCommandsDuring(async () => {
      const response = await call(
        test,
        `/api/lending/models/no-such-model/availability?point=${point.id}&from=2026-11-24&to=2026-11-30`,
      );
      expect(response.status).toBe(404);
    });
    expect(unknown).toEqual(['QueryCommand']);
  });

  it('shows a point’s new hours in the next read; a model edit adding or removing a point moves its copy', async () => {
    const [point, other] = [await pointFixture(test.deps, MON_TO_SAT), await pointFixture(test.deps, MON_TO_SAT)];
    const { model } = await modelFixture(test.deps, { pointIds: [point.id] });
    await unitFixture(test.deps, model.id, point.id);
    // 2026-11-30 is a Monday: open, then closed once the point opens Tuesday to Saturday only.
    expect((await availabilityOf(model.id, point.id)).days.find((d) => d.day === '2026-11-30')?.open).toBe(true);
    const edited = await call(
      test,
      `/api/lending/points/${point.id}`,
      'PUT',
      admin.cookie,
      editBody(point, OPEN_TUE_TO_SAT),
    );
    expect(edited.status).toBe(200);
    expect((await availabilityOf(model.id, point.id)).days.find((d) => d.day === '2026-11-30')?.open).toBe(false);
    expect((await stored(lendingKeys.pointCopy(model.id, point.id)))?.hours).toEqual(OPEN_TUE_TO_SAT);

    // Another point added: its copy and mirror appear; removed: both go, and the point is a 400 again.
    const ask = (pointId: string) =>
      call(test, `/api/lending/models/${model.id}/availability?point=${pointId}&from=2026-11-24&to=2026-11-30`);
    expect((await ask(other.id)).status).toBe(400);
    const added = await call(test, `/api/lending/models/${model.id}`, 'PATCH', admin.cookie, {
      pointIds: [point.id, other.id],
    });
    expect(added.status).toBe(200);
    expect((await ask(other.id)).status).toBe(200);
    expect(await stored(lendingKeys.holding(other.id, model.id))).toMatchObject({ modelId: model.id });
    const removed = await call(test, `/api/lending/models/${model.id}`, 'PATCH', admin.cookie, {
      pointIds: [point.id],
    });
    expect(removed.status).toBe(200);
    expect((await ask(other.id)).status).toBe(400);
    expect(await stored(lendingKeys.pointCopy(model.id, other.id))).toBeUndefined();
    expect(await stored(lendingKeys.holding(other.id, model.id))).toBeUndefined();
  });
});

/** The stored point, the model's copy of it and the mirror, after a race. */
const afterRace = async (modelId: string, pointId: string) => {
  const [point, copy, mirror, model] = await Promise.all([
    stored(lendingKeys.point(pointId)),
    stored(lendingKeys.pointCopy(modelId, pointId)),
    stored(lendingKeys.holding(pointId, modelId)),
    stored(lendingKeys.model(modelId)),
  ]);
  const held = ((model?.pointIds ?? []) as string[]).includes(pointId);
  // The model's list, its copy and the mirror always agree; a copy always has the point's hours.
  expect(copy !== undefined).toBe(held);
  expect(mirror !== undefined).toBe(held);
  if (copy) {
    expect(copy.hours).toEqual(point?.hours);
    expect(copy.pointUpdatedAt).toBe(point?.updatedAt);
  }
  return { held, hours: point?.hours };
};

describe('races between a point’s edit and a model’s edit, decided by the writes', () => {
  it('a point edit racing a model edit adding that point: the copy always has the point’s stored hours', async () => {
    const home = await pointFixture(test.deps, MON_TO_SAT);
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round++) {
      const point = await pointFixture(test.deps, MON_TO_SAT);
      const { model } = await modelFixture(test.deps, { pointIds: [home.id] });
      const [pointEdit, modelEdit] = await Promise.all([
        call(test, `/api/lending/points/${point.id}`, 'PUT', admin.cookie, editBody(point, OPEN_TUE_TO_SAT)),
        call(test, `/api/lending/models/${model.id}`, 'PATCH', admin.cookie, { pointIds: [home.id, point.id] }),
      ]);
      expect([200, 409]).toContain(pointEdit.status);
      expect([200, 409]).toContain(modelEdit.status);
      // At least one wins (the first to commit); the second fails only if it read before it.
      expect(pointEdit.status === 200 || modelEdit.status === 200).toBe(true);
      const { held, hours } = await afterRace(model.id, point.id);
      expect(held).toBe(modelEdit.status === 200);
      expect(hours).toEqual(pointEdit.status === 200 ? OPEN_TUE_TO_SAT : MON_TO_SAT.hours);
      outcomes.push(`${pointEdit.status}/${modelEdit.status}`);
    }
    expect(outcomes).toHaveLength(10);
  });

  it('a point edit racing a model edit removing that point: never a copy left behind or missing an edit', async () => {
    const home = await pointFixture(test.deps, MON_TO_SAT);
    for (let round = 0; round < 10; round++) {
      const point = await pointFixture(test.deps, MON_TO_SAT);
      const { model } = await modelFixture(test.deps, { pointIds: [home.id, point.id] });
      const [pointEdit, modelEdit] = await Promise.all([
        call(test, `/api/lending/points/${point.id}`, 'PUT', admin.cookie, editBody(point, OPEN_TUE_TO_SAT)),
        call(test, `/api/lending/models/${model.id}`, 'PATCH', admin.cookie, { pointIds: [home.id] }),
      ]);
      expect([200, 409]).toContain(pointEdit.status);
      expect([200, 409]).toContain(modelEdit.status);
      expect(pointEdit.status === 200 || modelEdit.status === 200).toBe(true);
      const { held, hours } = await afterRace(model.id, point.id);
      expect(held).toBe(modelEdit.status !== 200);
      expect(hours).toEqual(pointEdit.status === 200 ? OPEN_TUE_TO_SAT : MON_TO_SAT.hours);
    }
  });
});

describe('models stored before their calendars kept their points', () => {
  it('the admin command writes the missing copies and mirrors, once', async () => {
    const point = await pointFixture(test.deps, MON_TO_SAT);
    const { model } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    // As such a model was stored: no copy, no mirror, and availability knows no such model.
    for (const key of [lendingKeys.pointCopy(model.id, point.id), lendingKeys.holding(point.id, model.id)])
      await test.deps.db.send(new DeleteCommand({ TableName: test.deps.tableName, Key: key }));
    const ask = () =>
      call(test, `/api/lending/models/${model.id}/availability?point=${point.id}&from=2026-11-24&to=2026-11-30`);
    expect((await ask()).status).toBe(404);

    const first = await copyMissingPoints(test.deps);
    expect(first.copied).toContain(`${model.id} at ${point.id}`);
    expect(await stored(lendingKeys.pointCopy(model.id, point.id))).toMatchObject({
      hours: point.hours,
      closures: point.closures,
      pointName: point.name,
    });
    expect(await stored(lendingKeys.holding(point.id, model.id))).toMatchObject({ modelId: model.id });
    expect((await json<Availability>(await ask())).days.find((d) => d.day === '2026-11-24')).toMatchObject({
      open: true,
      free: 1,
    });
    const second = await copyMissingPoints(test.deps);
    expect([...second.copied, ...second.retry].filter((label) => label.startsWith(`${model.id} `))).toEqual([]);
  });
});

describe('the limits of one transaction, said plainly', () => {
  it('a model edit changing more than 33 points at once is a 400 naming pointIds, nothing written', async () => {
    const before = await Promise.all(Array.from({ length: 20 }, () => pointFixture(test.deps, MON_TO_SAT)));
    const after = await Promise.all(Array.from({ length: 20 }, () => pointFixture(test.deps, MON_TO_SAT)));
    const { model } = await modelFixture(test.deps, { pointIds: before.map((p) => p.id) });
    const response = await call(test, `/api/lending/models/${model.id}`, 'PATCH', admin.cookie, {
      pointIds: after.map((p) => p.id),
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors?.map((e) => `${e.in}:${e.path}`)).toEqual(['body:pointIds']);
    expect((await stored(lendingKeys.model(model.id)))?.pointIds).toEqual(before.map((p) => p.id));
    expect(await stored(lendingKeys.pointCopy(model.id, after[0]?.id ?? ''))).toBeUndefined();
  });

  it('a point held by more than 99 models cannot be edited in one transaction: a 409 saying so', async () => {
    const point = await pointFixture(test.deps, MON_TO_SAT);
    for (let index = 0; index < 100; index++) await modelFixture(test.deps, { pointIds: [point.id] });
    const stale = (await stored(lendingKeys.point(point.id))) as unknown as LendingPointRecord;
    const response = await call(
      test,
      `/api/lending/points/${point.id}`,
      'PUT',
      admin.cookie,
      editBody(stale, OPEN_TUE_TO_SAT),
    );
    expect(response.status).toBe(409);
    expect((await problemOf(response)).detail).toContain('holds 100 models');
    expect((await stored(lendingKeys.point(point.id)))?.hours).toEqual(MON_TO_SAT.hours);
  });
});
