import { describe, expect, it } from 'vitest';
import {
  managedOf,
  requireModelManager,
  requirePoints,
} from '../../../functions/lending/catalogue/catalogue-access.ts';
import { modelSlug } from '../../../functions/lending/catalogue/model-slug.ts';
import {
  AVAILABILITY_MAX_DAYS,
  checkPeriod,
  earliestFrom,
} from '../../../functions/lending/catalogue/read-availability.ts';
import { AssetTagSchema, DaySchema, ModelInputSchema } from '../../../functions/lending/catalogue/schema.ts';
import {
  checkMaintenancePeriod,
  MAINTENANCE_MAX_DAYS,
} from '../../../functions/lending/catalogue/start-maintenance.ts';
import { addDays } from '../../../functions/lending/opening-days.ts';
import type { ModelRecord } from '../../../functions/lending/records.ts';
import { occupancyExpiresAt } from '../../../functions/lending/store/maintenance.ts';
import type { Viewer } from '../../../functions/platform/auth.ts';
import { AppError } from '../../../functions/platform/errors.ts';

const TODAY = '2026-11-24';

/** The field a rule's 400 names, or `ok`. */
const fieldOf = (check: () => void): string => {
  try {
    check();
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const errors = error.extensions.errors as { in: string; path: string }[] | undefined;
    return `${error.status} ${errors?.map((e) => `${e.in}:${e.path}`).join(',') ?? ''}`.trim();
  }
};

describe('the availability period', () => {
  it('starts on or after the first day of the current month, at most 62 days long, never reversed', () => {
    expect(earliestFrom(TODAY)).toBe('2026-11-01');
    expect(fieldOf(() => checkPeriod('2026-11-01', '2026-11-30', TODAY))).toBe('ok');
    expect(fieldOf(() => checkPeriod('2026-10-31', '2026-11-30', TODAY))).toBe('400 query:from');
    expect(fieldOf(() => checkPeriod('2026-12-10', '2026-12-09', TODAY))).toBe('400 query:to');
    expect(fieldOf(() => checkPeriod('2026-12-01', addDays('2026-12-01', AVAILABILITY_MAX_DAYS - 1), TODAY))).toBe(
      'ok',
    );
    expect(fieldOf(() => checkPeriod('2026-12-01', addDays('2026-12-01', AVAILABILITY_MAX_DAYS), TODAY))).toBe(
      '400 query:to',
    );
    expect(fieldOf(() => checkPeriod('2028-01-01', '2028-01-31', TODAY))).toBe('400 query:from');
  });

  it('over the change to and from summer time, a period counts calendar days', () => {
    // 29 March and 25 October 2026 are 23- and 25-hour days in Paris; 62 days is still 62 days.
    expect(fieldOf(() => checkPeriod('2026-03-01', '2026-05-01', '2026-03-15'))).toBe('ok');
    expect(fieldOf(() => checkPeriod('2026-03-01', '2026-05-02', '2026-03-15'))).toBe('400 query:to');
    expect(fieldOf(() => checkPeriod('2026-10-01', '2026-12-01', '2026-10-15'))).toBe('ok');
  });
});

describe('a maintenance period', () => {
  it('starts today or later, ends after it starts, at most 62 days (one transaction)', () => {
    expect(fieldOf(() => checkMaintenancePeriod(TODAY, TODAY, TODAY))).toBe('ok');
    expect(fieldOf(() => checkMaintenancePeriod('2026-11-23', TODAY, TODAY))).toBe('400 body:from');
    expect(fieldOf(() => checkMaintenancePeriod('2026-11-30', '2026-11-29', TODAY))).toBe('400 body:to');
    expect(fieldOf(() => checkMaintenancePeriod(TODAY, addDays(TODAY, MAINTENANCE_MAX_DAYS - 1), TODAY))).toBe('ok');
    expect(fieldOf(() => checkMaintenancePeriod(TODAY, addDays(TODAY, MAINTENANCE_MAX_DAYS), TODAY))).toBe(
      '400 body:to',
    );
    // The unit and its days fit DynamoDB's 100 items of a transaction.
    expect(MAINTENANCE_MAX_DAYS + 1).toBeLessThanOrEqual(100);
  });

  it('an occupancy expires (TTL) a few days after the end of its day, never before', () => {
    const expires = occupancyExpiresAt('2026-11-24');
    expect(expires).toBe(Date.parse('2026-11-28T00:00:00Z') / 1000);
    expect(expires).toBeGreaterThan(Date.parse('2026-11-25T00:00:00+01:00') / 1000);
    expect(occupancyExpiresAt('2026-12-31')).toBe(Date.parse('2027-01-04T00:00:00Z') / 1000);
  });
});

describe('who manages what', () => {
  const viewer = (roles: Viewer['roles'], staffOf: string[] = []): Viewer => ({
    id: 'v',
    email: 'v@example.test',
    displayName: 'V',
    attributionName: 'V',
    language: 'fr',
    roles,
    staffOf,
    sessionHash: '',
  });
  const model = { pointIds: ['capucins', 'recouvrance'] } as ModelRecord;

  it('staff manage their points and the models held there; admins everything', () => {
    const staff = viewer(['citizen', 'staff'], ['capucins']);
    expect(managedOf(staff, model.pointIds)).toEqual(['capucins']);
    expect(managedOf(viewer(['citizen', 'admin']), model.pointIds)).toEqual(['capucins', 'recouvrance']);
    expect(fieldOf(() => requireModelManager(staff, model))).toBe('ok');
    expect(fieldOf(() => requireModelManager(viewer(['citizen', 'staff'], ['ailleurs']), model))).toBe('403');
    expect(fieldOf(() => requirePoints(staff, ['capucins'], 'add units'))).toBe('ok');
    expect(fieldOf(() => requirePoints(staff, ['capucins', 'recouvrance'], 'add units'))).toBe('403');
    expect(fieldOf(() => requirePoints(viewer(['citizen', 'admin']), ['anywhere'], 'add units'))).toBe('ok');
  });
});

describe('input rules', () => {
  it('an asset tag is upper-cased letters, digits and hyphens', () => {
    expect(AssetTagSchema.parse(' aud-0007 ')).toBe('AUD-0007');
    expect(AssetTagSchema.safeParse('AUD 0007').success).toBe(false);
    expect(AssetTagSchema.safeParse('-AUD').success).toBe(false);
  });

  it('a day is a real calendar day', () => {
    expect(DaySchema.safeParse('2026-02-28').success).toBe(true);
    expect(DaySchema.safeParse('2026-02-29').success).toBe(false);
    expect(DaySchema.safeParse('2028-02-29').success).toBe(true);
    expect(DaySchema.safeParse('2026-13-01').success).toBe(false);
    expect(DaySchema.safeParse('26-01-01').success).toBe(false);
  });

  it('a model names a category of the city, each point once, and a photo on this site or https', () => {
    const base = {
      category: 'audio-recorder',
      name: 'Zoom H5',
      description: { fr: 'Un kit.', en: 'A kit.' },
      parts: [],
      maxLoanDays: 7,
      leadDays: 1,
      pointIds: ['capucins'],
    };
    expect(ModelInputSchema.safeParse(base).success).toBe(true);
    const pathsOf = (input: object) =>
      ModelInputSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.path.join('.'));
    expect(pathsOf({ category: 'teleporter' })).toEqual(['category']);
    expect(pathsOf({ pointIds: ['capucins', 'capucins'] })).toEqual(['pointIds']);
    expect(pathsOf({ pointIds: [] })).toEqual(['pointIds']);
    expect(pathsOf({ photo: { url: 'javascript:alert(1)', alt: { fr: 'a', en: 'a' } } })).toEqual(['photo.url']);
    expect(pathsOf({ photo: { url: '/demo/kit.jpg', alt: { fr: 'Le kit', en: 'The kit' } } })).toBeUndefined();
    expect(pathsOf({ manualUrl: 'http://example.org/manual' })).toEqual(['manualUrl']);
    expect(pathsOf({ maxLoanDays: 0 })).toEqual(['maxLoanDays']);
  });

  it('a model’s id from its name: lower case, no accents, hyphens', () => {
    expect(modelSlug('Zoom H5 — kit d’enregistrement')).toBe('zoom-h5-kit-d-enregistrement');
    expect(modelSlug('Caméra vidéo')).toBe('camera-video');
    expect(modelSlug('!!!')).toBe('model');
  });
});
