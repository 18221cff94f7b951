import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type {
  LendingPointRecord,
  ModelRecord,
  OccupancyRecord,
  UnitRecord,
} from '../../../functions/lending/records.ts';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { createModelItem } from '../../../functions/lending/store/models.ts';
import { listUnitDays } from '../../../functions/lending/store/occupancy.ts';
import { createPointItem } from '../../../functions/lending/store/points.ts';
import { createUnitItems } from '../../../functions/lending/store/units.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { findModule } from '../../../functions/training/catalogue.ts';
import { newCertification } from '../../../functions/training/certification-rules.ts';
import { requiredTrainingFor } from '../../../functions/training/public.ts';
import { certifyItems } from '../../../functions/training/store/certifications.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, type makeTestApp, manualClock } from '../support.ts';

/**
 * Lending's api tests seed points, models and units through the stores (the catalogue's routes
 * are another part's), then act through the reservation routes. They read the city's real
 * training modules: `audio-recorder` needs one, `listening-player` none.
 */

export type LendingTest = Awaited<ReturnType<typeof makeTestApp>>;

/** Tuesday 1 December 2026, 10:00 in Brest. */
export const lendingClock = () => manualClock(new Date('2026-12-01T09:00:00Z'));
export const TODAY = '2026-12-01';

const at = '2026-11-01T00:00:00.000Z';
const span = [{ opens: '10:00', closes: '18:00' }];

/** A point open Tuesday to Saturday, closed on Christmas day. */
export const pointFixture = async (deps: AppDeps): Promise<LendingPointRecord> => {
  const point: LendingPointRecord = {
    id: `point-${randomUUID().slice(0, 8)}`,
    name: 'Médiathèque des Capucins',
    address: '25 rue de Pontaniou, 29200 Brest',
    lat: 48.3868,
    lng: -4.5004,
    hours: { mon: [], tue: span, wed: span, thu: span, fri: span, sat: [{ opens: '10:00', closes: '12:30' }], sun: [] },
    closures: [{ from: '2026-12-25', to: '2026-12-25', reason: { fr: 'Noël', en: 'Christmas' } }],
    contact: { email: 'pret@example.test' },
    createdAt: at,
    updatedAt: at,
  };
  if (!(await transact(deps, [createPointItem(deps, point)]))) throw new Error('point not stored');
  return point;
};

/** A model of `category` at the point, with `units` units (asset tags in order), lent up to 7 days, no lead time. */
export const modelFixture = async (
  deps: AppDeps,
  options: { point: LendingPointRecord; category?: string; units?: number; overrides?: Partial<ModelRecord> },
) => {
  const id = `model-${randomUUID().slice(0, 8)}`;
  const model: ModelRecord = {
    id,
    category: options.category ?? 'listening-player',
    name: `Kit ${id}`,
    description: { fr: 'Un kit.', en: 'A kit.' },
    parts: [{ name: { fr: 'Baladeur', en: 'Player' }, quantity: 1 }],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: [options.point.id],
    scarce: false,
    createdAt: at,
    updatedAt: at,
    ...options.overrides,
  };
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const units: UnitRecord[] = Array.from({ length: options.units ?? 1 }, (_, index) => ({
    id: `unit-${randomUUID().slice(0, 8)}`,
    modelId: id,
    assetTag: `T${tag}-${String(index + 1).padStart(3, '0')}`,
    pointId: options.point.id,
    status: 'in-service',
    createdAt: at,
    updatedAt: at,
  }));
  const items = [createModelItem(deps, model), ...units.flatMap((unit) => createUnitItems(deps, unit))];
  if (!(await transact(deps, items))) throw new Error('model not stored');
  return { model, units };
};

/** A citizen with a session. */
export const citizen = (deps: AppDeps) => personWithRole(deps, 'citizen');

/** Stores the certification the category's module gives, earned at `now`. */
export const certify = async (deps: AppDeps, userId: string, category: string, now = new Date()) => {
  const module = requiredTrainingFor(category);
  if (!module) throw new Error(`${category} needs no training`);
  const record = newCertification({ userId, module: findModule(module.id) ?? module, how: 'quiz', now });
  const stored = await transact(
    deps,
    certifyItems(deps, record, {
      userId,
      moduleId: module.id,
      id: randomUUID(),
      at: now.toISOString(),
      act: 'earned',
      by: userId,
    }),
  );
  if (!stored) throw new Error('certification not stored');
  return module.id;
};

export const call = (test: LendingTest, path: string, method = 'GET', cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export const reserve = (
  test: LendingTest,
  cookie: string,
  body: { modelId: string; pointId: string; pickUp: string; returnDay: string },
) => call(test, '/api/lending/reservations', 'POST', cookie, { ...body, acceptTerms: true });

export const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

/** The unit's stored DAY# items (strongly consistent). */
export const unitDays = (deps: AppDeps, unitId: string): Promise<OccupancyRecord[]> => listUnitDays(deps, unitId);

/** The person's stored limit counters (BORROWER#), by sort key. */
export const borrowerCounters = async (deps: AppDeps, userId: string) => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': lendingKeys.borrowerCollection(userId) },
      ConsistentRead: true,
    }),
  );
  return new Map((Items ?? []).map((item) => [item.sk as string, (item.count ?? item.days) as number]));
};
