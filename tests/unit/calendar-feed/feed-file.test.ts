import { describe, expect, it } from 'vitest';
import { feedFile } from '../../../functions/calendar-feed/feed-file.ts';
import type { CalendarEvent } from '../../../functions/platform/ics.ts';

const event = (uid: string, start: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid,
  stamp: new Date('2026-11-24T09:00:00Z'),
  start: new Date(start),
  end: new Date(Date.parse(start) + 3_600_000),
  summary: `Retrait : Zoom H5 (${uid})`,
  location: 'Médiathèque des Capucins, 25 rue de Pontaniou; Brest',
  description: 'Prêt de matériel.\nPour annuler : https://communs.test/mes-emprunts/',
  url: 'https://communs.test/mes-emprunts/?a=1,2',
  ...overrides,
});

/** The content lines, unfolded (RFC 5545 3.1). */
const lines = (file: string) => file.replace(/\r\n /g, '').split('\r\n');

describe('a calendar feed file', () => {
  it('is one VCALENDAR of every event, earliest first, named and with its refresh interval', () => {
    const file = feedFile(
      [
        event('workshop-1@communs.test', '2026-12-05T13:00:00Z'),
        event('loan-b@communs.test', '2026-12-02T09:00:00Z'),
        event('loan-a@communs.test', '2026-12-02T09:00:00Z'),
      ],
      'fr',
    );
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const all = lines(file);
    expect(all.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Communs//Calendar feed//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(all).toContain('X-WR-CALNAME:Communs : mes emprunts et ateliers');
    expect(all).toContain('NAME:Communs : mes emprunts et ateliers');
    expect(all).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    // Same start: by UID, so the same events always give the same bytes.
    expect(all.filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:loan-a@communs.test',
      'UID:loan-b@communs.test',
      'UID:workshop-1@communs.test',
    ]);
    expect(all.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(all.at(-2)).toBe('END:VCALENDAR');
    // TEXT values escaped; the URL is a URI, left as is.
    expect(all).toContain('LOCATION:Médiathèque des Capucins\\, 25 rue de Pontaniou\\; Brest');
    expect(all).toContain('DESCRIPTION:Prêt de matériel.\\nPour annuler : https://communs.test/mes-emprunts/');
    expect(all).toContain('URL:https://communs.test/mes-emprunts/?a=1,2');
    expect(all).toContain('DTSTART:20261202T090000Z');
  });

  it('folds long lines at 75 octets without cutting a letter, and names itself in English', () => {
    const file = feedFile(
      [event('loan-x@communs.test', '2026-12-02T09:00:00Z', { summary: `Retour : ${'é'.repeat(60)}` })],
      'en',
    );
    for (const line of file.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines(file)).toContain(`SUMMARY:Retour : ${'é'.repeat(60)}`);
    expect(lines(file)).toContain('X-WR-CALNAME:Communs: my loans and workshops');
  });

  it('is a valid empty calendar for a person with no events', () => {
    const all = lines(feedFile([], 'fr'));
    expect(all).not.toContain('BEGIN:VEVENT');
    expect(all.at(-2)).toBe('END:VCALENDAR');
  });

  it('gives the same bytes for the same events in any order', () => {
    const events = [event('b@x', '2026-12-03T09:00:00Z'), event('a@x', '2026-12-02T09:00:00Z')];
    expect(feedFile(events, 'fr')).toBe(feedFile([...events].reverse(), 'fr'));
  });
});
