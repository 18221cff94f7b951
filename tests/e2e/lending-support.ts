import { inject } from 'vitest';
import type { OpeningSpan, Weekday } from '../../functions/lending/records.ts';
import { WEEKDAYS } from '../../functions/lending/records.ts';
import { createDocumentClient } from '../../functions/platform/clients.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_TABLE_NAME } from '../../infra/local/local-aws.ts';

/**
 * The e2e stack's table, for a file that lays out its lending points, models and units through
 * lending's stores (and makes its signed-in people with `sessionState`): the endpoint the global
 * setup provides.
 */
export const stackTable = () => ({
  db: createDocumentClient({
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    dynamoEndpoint: inject('dynamoEndpoint'),
    budget: 'job',
  }),
  tableName: LOCAL_TABLE_NAME,
});

/** Weekly hours of a point open every day with the same span (a test must not depend on the weekday it runs). */
export const openEveryDay = (span: OpeningSpan = { opens: '09:00', closes: '19:00' }): Record<Weekday, OpeningSpan[]> =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, [span]])) as Record<Weekday, OpeningSpan[]>;

/** A lending point's fields as the admins' form sends them (`POST /api/lending/points`). */
export const lendingPointBody = (id: string) => ({
  id,
  name: `Point ${id}`,
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
  closures: [],
  contact: {},
});
