import { randomUUID } from 'node:crypto';
import type { LendingPointRecord, ModelRecord, UnitRecord } from '../../../functions/lending/records.ts';
import { createModelItem } from '../../../functions/lending/store/models.ts';
import { holdPointItems } from '../../../functions/lending/store/point-copies.ts';
import { createPointItem, getPoint } from '../../../functions/lending/store/points.ts';
import { createUnitItems } from '../../../functions/lending/store/units.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';

/**
 * The lending records every api test (and the route matrix) starts from: a point, a model, a
 * unit, each written by its store in one transaction, as the use cases write them, so that a
 * test of one part does not go through another part's routes to set the scene. Ids are fresh
 * each call (the table is shared between test files); times come from the test's clock.
 */

type Deps = Pick<AppDeps, 'db' | 'tableName' | 'clock'>;
type Hours = LendingPointRecord['hours'];

const short = () => randomUUID().slice(0, 8);
const span = (opens: string, closes: string) => [{ opens, closes }];

/** Monday to Saturday 10:00–18:00, closed on Sundays. */
export const OPEN_MON_TO_SAT: Hours = (() => {
  const day = span('10:00', '18:00');
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: [] };
})();

/** Tuesday to Friday 10:00–18:00, Saturday morning; closed Sunday and Monday. */
export const OPEN_TUE_TO_SAT: Hours = (() => {
  const day = span('10:00', '18:00');
  return { mon: [], tue: day, wed: day, thu: day, fri: day, sat: span('10:00', '12:30'), sun: [] };
})();

/** A media library's week: Tuesday (two spans), Wednesday, Friday afternoon, Saturday. */
export const MEDIA_LIBRARY_WEEK: Hours = {
  mon: [],
  tue: [
    { opens: '10:00', closes: '12:30' },
    { opens: '14:00', closes: '18:00' },
  ],
  wed: span('10:00', '18:00'),
  thu: [],
  fri: span('14:00', '19:00'),
  sat: span('10:00', '17:00'),
  sun: [],
};

export const christmasClosure = (from = '2026-12-24', to = '2026-12-26') => ({
  from,
  to,
  reason: { fr: 'Noël', en: 'Christmas' },
});

/** The media library of the reservation tests: open Tuesday to Saturday, closed on Christmas day. */
export const CAPUCINS = {
  name: 'Médiathèque des Capucins',
  address: '25 rue de Pontaniou, 29200 Brest',
  hours: OPEN_TUE_TO_SAT,
  closures: [christmasClosure('2026-12-25', '2026-12-25')],
};

/** A lending point's fields as an admin's form sends them (a fresh id each call). */
export const pointBody = (overrides: Record<string, unknown> = {}) => ({
  id: `point-${short()}`,
  name: 'Médiathèque de test',
  address: '1 rue de Siam, 29200 Brest',
  lat: 48.3862,
  lng: -4.4881,
  hours: MEDIA_LIBRARY_WEEK,
  closures: [christmasClosure()],
  contact: { email: 'pret@example.test', phone: '02 98 00 00 00' },
  description: { fr: 'Au premier étage.', en: 'On the first floor.' },
  ...overrides,
});

/** Open Monday to Saturday, no closures. */
export const MON_TO_SAT = { hours: OPEN_MON_TO_SAT, closures: [] };

/**
 * A lending point named `Point <id>`, otherwise `pointBody()`'s (the media library's week, closed
 * 24–26 December) unless the options say otherwise.
 * With an `id` that exists already, that point is kept as it is (the demo's ids are shared).
 */
export const pointFixture = async (
  deps: Deps,
  options: {
    id?: string;
    name?: string;
    address?: string;
    hours?: Hours;
    closures?: LendingPointRecord['closures'];
  } = {},
): Promise<LendingPointRecord> => {
  const now = deps.clock.now().toISOString();
  const { id, ...fields } = pointBody(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
  const point = {
    id,
    ...fields,
    name: options.name ?? `Point ${id}`,
    createdAt: now,
    updatedAt: now,
  } as LendingPointRecord;
  if (!(await transact(deps, [createPointItem(deps, point)])) && !options.id) throw new Error('point not stored');
  return point;
};

export const uniqueTag = (prefix = 'TST') => `${prefix}-${short().toUpperCase()}`;

const unitRecord = (deps: Deps, modelId: string, pointId: string, overrides: Partial<UnitRecord> = {}): UnitRecord => {
  const now = deps.clock.now().toISOString();
  return {
    id: randomUUID(),
    modelId,
    assetTag: uniqueTag(),
    pointId,
    status: 'in-service',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
};

/**
 * A model held at `pointIds` (a listening player by default: no training, lent up to 7 days, no
 * lead time) with `units` units in service at the first point, written with the model and its
 * copies of its points (the points must exist). Their
 * asset tags sort in the order they are made.
 */
export const modelFixture = async (
  deps: Deps,
  options: { pointIds: string[]; category?: string; units?: number; overrides?: Partial<ModelRecord> },
): Promise<{ model: ModelRecord; units: UnitRecord[] }> => {
  const now = deps.clock.now().toISOString();
  const id = `model-${short()}`;
  const model: ModelRecord = {
    id,
    category: options.category ?? 'listening-player',
    name: `Kit ${id}`,
    description: { fr: 'Un **kit**.', en: 'A **kit**.' },
    parts: [{ name: { fr: 'Baladeur', en: 'Player' }, quantity: 1 }],
    maxLoanDays: 7,
    leadDays: 0,
    pointIds: options.pointIds,
    scarce: false,
    createdAt: now,
    updatedAt: now,
    ...options.overrides,
  };
  const series = uniqueTag('T');
  const units = Array.from({ length: options.units ?? 0 }, (_, index) =>
    unitRecord(deps, id, options.pointIds[0] ?? '', { assetTag: `${series}-${String(index + 1).padStart(3, '0')}` }),
  );
  // The model's copies of its points (availability's one Query), as the use cases write them.
  const points = await Promise.all(
    model.pointIds.map(async (pointId) => {
      const point = await getPoint(deps, pointId);
      if (!point) throw new Error(`modelFixture: no lending point ${pointId}`);
      return point;
    }),
  );
  const items = [
    createModelItem(deps, model),
    ...points.flatMap((point) => holdPointItems(deps, id, point)),
    ...units.flatMap((unit) => createUnitItems(deps, unit)),
  ];
  if (!(await transact(deps, items))) throw new Error('model not stored');
  return { model, units };
};

/** One more unit of a model at `pointId` (in service, a fresh asset tag, unless overridden). */
export const unitFixture = async (
  deps: Deps,
  modelId: string,
  pointId: string,
  overrides: Partial<UnitRecord> = {},
): Promise<UnitRecord> => {
  const unit = unitRecord(deps, modelId, pointId, overrides);
  if (!(await transact(deps, createUnitItems(deps, unit)))) throw new Error('unit not stored');
  return unit;
};
