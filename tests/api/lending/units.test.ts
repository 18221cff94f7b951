import { beforeAll, describe, expect, it } from 'vitest';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { unitEventItem } from '../../../functions/lending/store/unit-history.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { makeTestApp, problemOf } from '../support.ts';
import { call, json, personAt, storedModelCollection } from './catalogue-support.ts';
import { MON_TO_SAT, modelFixture, pointFixture, unitFixture } from './fixtures.ts';

/**
 * The unit page's API (functions/lending/units): a unit found by its asset tag in one Query, public
 * and cached; its history to staff of its point and admins only.
 */

type TestApp = Awaited<ReturnType<typeof makeTestApp>>;
let test: TestApp;

beforeAll(async () => {
  test = await makeTestApp();
});

interface PublicUnit {
  assetTag: string;
  modelId: string;
  pointId: string;
  status: string;
}
interface History {
  assetTag: string;
  pointId: string;
  events: { at: string; kind: string; by: string; note: string | null; reservationId: string | null }[];
}

/** The names of the commands sent to DynamoDB while `run` runs (a middleware on the test's client). */
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

const twoPointsWithAUnit = async () => {
  const [point, other] = [await pointFixture(test.deps, MON_TO_SAT), await pointFixture(test.deps, MON_TO_SAT)];
  const { model } = await modelFixture(test.deps, { pointIds: [point.id, other.id] });
  const unit = await unitFixture(test.deps, model.id, point.id);
  return { point, other, model, unit };
};

describe('a unit’s public page', () => {
  it('answers model, point and status by asset tag with one Query, cached publicly', async () => {
    const { point, model, unit } = await twoPointsWithAUnit();
    let response: Response | undefined;
    const sent = await dynamoCommandsDuring(async () => {
      response = await call(test, `/api/lending/units/${unit.assetTag.toLowerCase()}`);
    });
    expect(sent).toEqual(['QueryCommand']);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('cache-control')).toMatch(/\bpublic\b/);
    expect(await json<PublicUnit>(response as Response)).toEqual({
      assetTag: unit.assetTag,
      modelId: model.id,
      pointId: point.id,
      status: 'in-service',
    });
    // The unit item itself carries the tag on byLookup: nothing else to keep in step.
    const stored = (await storedModelCollection(test.deps, model.id)).find((item) => item.id === unit.id);
    expect(stored).toMatchObject(lendingKeys.unitByTag(unit.assetTag));
  });

  it('follows the unit’s edits (status, point) and drops the cached pages when it changes', async () => {
    const { other, model, unit } = await twoPointsWithAUnit();
    const admin = await personAt(test.deps, 'admin');
    const seen = test.edgeCache.invalidations.length;
    const edited = await call(test, `/api/lending/models/${model.id}/units/${unit.id}`, 'PATCH', admin.cookie, {
      pointId: other.id,
      status: 'retired',
    });
    expect(edited.status).toBe(200);
    expect(test.edgeCache.invalidations.slice(seen).flat()).toContain('/api/lending/units/*');
    const response = await call(test, `/api/lending/units/${unit.assetTag}`);
    expect(await json<PublicUnit>(response)).toMatchObject({ pointId: other.id, status: 'retired' });
  });

  it('says 404 for an unknown tag and 400 for one that cannot be a tag', async () => {
    const unknown = await call(test, '/api/lending/units/NOPE-0000');
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toContain('NOPE-0000');
    const invalid = await call(test, '/api/lending/units/not%20a%20tag');
    expect(invalid.status).toBe(400);
  });
});

describe('a unit’s history', () => {
  it('shows staff of its point and admins the events newest first; refuses staff of another point', async () => {
    const { point, other, model, unit } = await twoPointsWithAUnit();
    const staff = await personAt(test.deps, 'staff', [point.id]);
    const otherStaff = await personAt(test.deps, 'staff', [other.id]);
    const citizen = await personAt(test.deps, 'citizen');
    const admin = await personAt(test.deps, 'admin');
    const written = await transact(test.deps, [
      unitEventItem(test.deps, {
        unitId: unit.id,
        at: '2026-11-20T10:00:00.000Z',
        kind: 'handed-over',
        by: staff.user.id,
        reservationId: 'r1',
        note: 'good',
      }),
      unitEventItem(test.deps, {
        unitId: unit.id,
        at: '2026-11-23T16:00:00.000Z',
        kind: 'returned',
        by: staff.user.id,
        reservationId: 'r1',
        condition: 'worn',
        lateDays: 3,
        missing: [{ fr: 'Plan des parcours', en: 'Map of the trails' }],
      }),
    ]);
    expect(written).toBe(true);
    const path = `/api/lending/units/${unit.assetTag}/history`;

    const mine = await call(test, path, 'GET', staff.cookie);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    const history = await json<History>(mine);
    expect(history).toMatchObject({ assetTag: unit.assetTag, pointId: point.id });
    expect(history.events.map((event) => [event.kind, event.note])).toEqual([
      ['returned', null],
      ['handed-over', 'good'],
    ]);
    // The return's facts, for the page to say in its reader's language.
    expect(history.events[0]).toMatchObject({
      condition: 'worn',
      lateDays: 3,
      missing: [{ fr: 'Plan des parcours', en: 'Map of the trails' }],
      damaged: [],
      otherTag: null,
      cancelled: false,
      ticketStatus: null,
    });
    expect((await call(test, path, 'GET', admin.cookie)).status).toBe(200);

    const refused = await call(test, path, 'GET', otherStaff.cookie);
    expect(refused.status).toBe(403);
    expect((await problemOf(refused)).detail).toContain(point.id);
    expect((await call(test, path, 'GET', citizen.cookie)).status).toBe(403);
    expect((await call(test, path, 'GET')).status).toBe(401);
    expect((await call(test, '/api/lending/units/NOPE-0001/history', 'GET', admin.cookie)).status).toBe(404);

    // Moved to the other point: its staff now see the history, the first point's no longer do.
    const moved = await call(test, `/api/lending/models/${model.id}/units/${unit.id}`, 'PATCH', admin.cookie, {
      pointId: other.id,
    });
    expect(moved.status).toBe(200);
    expect((await call(test, path, 'GET', otherStaff.cookie)).status).toBe(200);
    expect((await call(test, path, 'GET', staff.cookie)).status).toBe(403);
  });
});
