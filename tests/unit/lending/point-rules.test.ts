import { describe, expect, it } from 'vitest';
import { closureProblems, hoursProblems, spanProblems } from '../../../functions/lending/points/rules.ts';
import { CreatePointSchema } from '../../../functions/lending/points/schema.ts';

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const reason = { fr: 'Fermé', en: 'Closed' };

describe('a lending point’s hours', () => {
  it('accepts one or two spans in order, the second opening when or after the first closes', () => {
    expect(spanProblems('tue', [{ opens: '10:00', closes: '12:30' }])).toEqual([]);
    expect(
      spanProblems('tue', [
        { opens: '10:00', closes: '12:30' },
        { opens: '12:30', closes: '18:00' },
      ]),
    ).toEqual([]);
    expect(hoursProblems(closed)).toEqual([]);
  });

  it('names a span closing when or before it opens, and spans out of order', () => {
    expect(spanProblems('wed', [{ opens: '10:00', closes: '10:00' }])).toEqual([
      { path: ['hours', 'wed', 0, 'closes'], message: 'Must be after the opening time' },
    ]);
    expect(
      spanProblems('fri', [
        { opens: '14:00', closes: '18:00' },
        { opens: '10:00', closes: '12:00' },
      ]),
    ).toEqual([
      { path: ['hours', 'fri', 1, 'opens'], message: 'Spans in order: must be at or after the previous span closes' },
    ]);
    // Overlapping spans are out of order too.
    expect(
      spanProblems('sat', [
        { opens: '09:00', closes: '13:00' },
        { opens: '12:00', closes: '17:00' },
      ]).map((problem) => problem.path),
    ).toEqual([['hours', 'sat', 1, 'opens']]);
  });

  it('names a closure running backwards, not one of a single day', () => {
    expect(closureProblems([{ from: '2026-12-24', to: '2026-12-24', reason }])).toEqual([]);
    expect(
      closureProblems([
        { from: '2026-12-24', to: '2026-12-26', reason },
        { from: '2027-01-02', to: '2026-12-31', reason },
      ]),
    ).toEqual([{ path: ['closures', 1, 'to'], message: 'Must be on or after the first closed day' }]);
  });
});

describe('the point schema', () => {
  const valid = {
    id: 'mediatheque-test',
    name: 'Médiathèque',
    address: '1 rue de Siam, Brest',
    lat: 48.38,
    lng: -4.49,
    hours: { ...closed, tue: [{ opens: '10:00', closes: '18:00' }] },
  };
  const paths = (input: unknown) => {
    const result = CreatePointSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
  };

  it('accepts a point with only its required fields (no closures, no contact)', () => {
    expect(CreatePointSchema.parse(valid)).toMatchObject({ closures: [], contact: {} });
  });

  it('refuses latitudes and longitudes off the globe, times that are no times and days that do not exist', () => {
    expect(paths({ ...valid, lat: -90.5, lng: 180.5 })).toEqual(['lat', 'lng']);
    expect(paths({ ...valid, lat: 90, lng: -180 })).toEqual([]);
    expect(paths({ ...valid, hours: { ...valid.hours, mon: [{ opens: '24:00', closes: '7:5' }] } })).toEqual([
      'hours.mon.0.closes',
      'hours.mon.0.opens',
    ]);
    expect(paths({ ...valid, closures: [{ from: '2026-13-01', to: '2026-02-29', reason }] })).toEqual([
      'closures.0.from',
      'closures.0.to',
    ]);
    expect(paths({ ...valid, id: 'Pas Un Slug' })).toEqual(['id']);
    expect(paths({ ...valid, contact: { email: 'pas une adresse' } })).toEqual(['contact.email']);
  });
});
