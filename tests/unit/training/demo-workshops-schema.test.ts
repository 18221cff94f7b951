import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DemoWorkshopsSchema } from '../../../functions/training/workshop-demo.ts';

const base = {
  module: 'enregistrer-en-exterieur',
  instructor: 'a@example.org',
  minutes: 90,
  place: 'Médiathèque',
  seats: 8,
  language: 'fr',
  registered: [],
};
const parse = (session: object) => DemoWorkshopsSchema.safeParse({ admin: 'admin@example.org', sessions: [session] });

describe('the demo workshops file', () => {
  it('holds the demo city as written in content/demo/workshops.json', () => {
    const file = JSON.parse(readFileSync(new URL('../../../content/demo/workshops.json', import.meta.url), 'utf8'));
    expect(DemoWorkshopsSchema.parse(file).sessions.length).toBeGreaterThanOrEqual(3);
  });

  it('takes a session either some days ahead at a time, or some hours ahead', () => {
    expect(parse({ ...base, inDays: 3, at: '10:00' }).success).toBe(true);
    expect(parse({ ...base, inHours: 2 }).success).toBe(true);
  });

  it('refuses a session with both, with neither, or with a day but no time', () => {
    expect(parse({ ...base, inDays: 3, at: '10:00', inHours: 2 }).success).toBe(false);
    expect(parse(base).success).toBe(false);
    expect(parse({ ...base, inDays: 3 }).success).toBe(false);
  });
});
