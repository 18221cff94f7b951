import { createPoint } from '../../../functions/lending/points/create-point.ts';
import { CreatePointSchema } from '../../../functions/lending/points/schema.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';

/** A lending point's fields as an admin's form sends them (a fresh id each call: the table is shared). */
export const pointBody = (overrides: Record<string, unknown> = {}) => ({
  id: `point-${crypto.randomUUID().slice(0, 8)}`,
  name: 'Médiathèque de test',
  address: '1 rue de Siam, 29200 Brest',
  lat: 48.3862,
  lng: -4.4881,
  hours: {
    mon: [],
    tue: [
      { opens: '10:00', closes: '12:30' },
      { opens: '14:00', closes: '18:00' },
    ],
    wed: [{ opens: '10:00', closes: '18:00' }],
    thu: [],
    fri: [{ opens: '14:00', closes: '19:00' }],
    sat: [{ opens: '10:00', closes: '17:00' }],
    sun: [],
  },
  closures: [{ from: '2026-12-24', to: '2026-12-26', reason: { fr: 'Noël', en: 'Christmas' } }],
  contact: { email: 'pret@example.test', phone: '02 98 00 00 00' },
  description: { fr: 'Au premier étage.', en: 'On the first floor.' },
  ...overrides,
});

/** A lending point created through the admins' use case; returns it as the API shows it. */
export const pointFixture = (deps: AppDeps, overrides: Record<string, unknown> = {}) =>
  createPoint(deps, CreatePointSchema.parse(pointBody(overrides)));
