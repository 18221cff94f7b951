import { describe, expect, it } from 'vitest';
import { en } from '../../../web/src/i18n/en.ts';
import { fill } from '../../../web/src/i18n/fill.ts';
import { fr } from '../../../web/src/i18n/fr.ts';
import type { MessageKey } from '../../../web/src/i18n/index.ts';
import { shortDay, ticketProblem } from '../../../web/src/lib/lending/maintenance-problem.ts';
import { eventFacts } from '../../../web/src/lib/lending/unit-event-facts.ts';

const translate = (dictionary: Record<string, string>) => (key: MessageKey, values?: Record<string, string | number>) =>
  fill(dictionary[key] ?? key, values);

const map = { fr: 'Plan des parcours', en: 'Map of the trails' };
const headphones = { fr: 'Casque', en: 'Headphones' };
const event = {
  at: '2026-12-04T15:00:00.000Z',
  kind: 'returned' as const,
  by: 'staff',
  reservationId: 'r1',
  ticketId: null,
  condition: 'worn' as const,
  lateDays: 3,
  missing: [map, headphones],
  damaged: [],
  otherTag: null,
  cause: null,
  cancelled: false,
  walkIn: false,
  ticketStatus: null,
  note: null,
};

describe('a unit’s history, said in the page’s language', () => {
  it('a late, incomplete return: condition, days late and the missing parts, no English on a French page', () => {
    expect(eventFacts(event, 'fr', translate(fr))).toBe(
      'État\u00a0: usé. 3\u00a0jours de retard. Manquant\u00a0: Plan des parcours et Casque.',
    );
    expect(eventFacts(event, 'en', translate(en))).toBe(
      'Condition: worn. 3 days late. Missing: Map of the trails and Headphones.',
    );
    expect(eventFacts({ ...event, lateDays: 1, missing: [] }, 'en', translate(en))).toBe(
      'Condition: worn. 1 day late.',
    );
  });

  it('a swap for maintenance, a ticket’s status and the staff’s own words', () => {
    const swap = { ...event, kind: 'swapped-out' as const, condition: null, lateDays: null, missing: [] };
    expect(eventFacts({ ...swap, cause: 'maintenance', otherTag: 'AUD-0002' }, 'fr', translate(fr))).toBe(
      'Appareil en maintenance. La réservation est passée sur AUD-0002.',
    );
    expect(
      eventFacts({ ...swap, kind: 'swapped-in', cause: 'retired', otherTag: 'AUD-0001' }, 'en', translate(en)),
    ).toBe('Unit retired. The reservation came from AUD-0001.');
    expect(eventFacts({ ...swap, cause: 'maintenance', cancelled: true }, 'en', translate(en))).toBe(
      'Unit in maintenance. No other unit was free: the reservation was cancelled.',
    );
    const ticket = { ...swap, kind: 'ticket-changed' as const, ticketStatus: 'in-repair' as const };
    expect(eventFacts({ ...ticket, note: 'Envoyé au fabricant' }, 'fr', translate(fr))).toBe(
      'Ticket\u00a0: en réparation. Envoyé au fabricant',
    );
  });
});

describe('a ticket’s problem and days', () => {
  it('names a return’s parts in the page’s language before the staff’s words, or says it came back damaged', () => {
    const fromReturn = { missing: [map], damaged: [headphones] };
    expect(ticketProblem({ reason: '', fromReturn }, 'fr', translate(fr))).toBe(
      'Manquant\u00a0: Plan des parcours. Abîmé\u00a0: Casque.',
    );
    expect(ticketProblem({ reason: 'Cable frayed', fromReturn }, 'en', translate(en))).toBe(
      'Missing: Map of the trails. Damaged: Headphones. Cable frayed',
    );
    expect(ticketProblem({ reason: '', fromReturn: { missing: [], damaged: [] } }, 'fr', translate(fr))).toBe(
      'Rendu abîmé.',
    );
    expect(ticketProblem({ reason: 'Écran fêlé', fromReturn: null }, 'fr', translate(fr))).toBe('Écran fêlé');
  });

  it('writes a day in the page’s language, on one line', () => {
    expect(shortDay('2026-12-07', 'fr')).toBe('7\u00a0déc.\u00a02026');
    expect(shortDay('2026-12-07', 'en')).toBe('Dec\u00a07,\u00a02026');
  });
});
