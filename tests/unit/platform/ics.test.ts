import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine, icsDateTime } from '../../../functions/platform/ics.ts';

const event = {
  uid: 'session-42@communs.test',
  stamp: new Date('2026-11-24T09:00:00.123Z'),
  start: new Date('2026-12-02T13:30:00Z'),
  end: new Date('2026-12-02T16:00:00Z'),
  summary: 'Tourner et sous-titrer une vidéo, atelier; niveau 1',
  location: 'Médiathèque des Capucins, salle 2\\étage 1',
  description: `Apportez un téléphone chargé.\nLes caméras sont prêtées sur place; merci de venir à l'heure, même si c'est long: ${'très '.repeat(30)}long.`,
  url: 'https://communs.test/formations/ateliers/?session=42&lang=fr',
};

/** The file parsed back by a real iCalendar parser (ical.js, Mozilla's). */
const parsed = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, data: new ICAL.Event(vevent) };
};

describe('the .ics of a registration', () => {
  it('reads back with every field intact (escaping and folding undone by a real parser)', () => {
    const { vevent, data } = parsed(calendarFile(event));
    expect(data.uid).toBe(event.uid);
    expect(data.summary).toBe(event.summary);
    expect(data.location).toBe(event.location);
    expect(data.description).toBe(event.description);
    expect(data.startDate.toJSDate().toISOString()).toBe('2026-12-02T13:30:00.000Z');
    expect(data.endDate.toJSDate().toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(data.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-24T09:00:00Z');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    const text = calendarFile(event);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const required of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR'])
      expect(lines).toContain(required);
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('never cuts an accented letter in two when folding', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes instants in UTC with a Z', () => {
    expect(icsDateTime(new Date('2026-03-29T01:05:09.999Z'))).toBe('20260329T010509Z');
  });
});
