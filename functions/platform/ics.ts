/**
 * An iCalendar (RFC 5545) file of one or more events: what a workshop registration's e-mail
 * carries (and `GET /api/training/sessions/{id}/registration.ics` answers), and a reservation's
 * pick-up and return at its lending point, so a person adds them to their calendar. Pure: the
 * same events give the same bytes.
 */

export interface CalendarEvent {
  /** Globally unique and stable: a calendar replaces the event it already has under this id. */
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  /** Bumped when the event changes, so calendars take the newer copy. */
  sequence?: number;
  status?: 'CONFIRMED' | 'CANCELLED';
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A date-time in UTC, the form every calendar reads without a time-zone definition (`20261124T090000Z`). */
export const icsDateTime = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 3.3.11). */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * A content line folded at 75 octets (RFC 5545 3.1): each continuation starts with one space.
 * Cut between characters, never inside a UTF-8 sequence (an accented letter stays whole).
 */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // The first line holds 75 octets; the next ones 74 after their leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
};

const eventLines = (event: CalendarEvent): string[] => [
  'BEGIN:VEVENT',
  `UID:${escapeText(event.uid)}`,
  `DTSTAMP:${icsDateTime(event.stamp)}`,
  `DTSTART:${icsDateTime(event.start)}`,
  `DTEND:${icsDateTime(event.end)}`,
  `SEQUENCE:${event.sequence ?? 0}`,
  `STATUS:${event.status ?? 'CONFIRMED'}`,
  `SUMMARY:${escapeText(event.summary)}`,
  `LOCATION:${escapeText(event.location)}`,
  `DESCRIPTION:${escapeText(event.description)}`,
  // A URI value, not TEXT: its commas and semicolons are part of the address.
  `URL:${event.url}`,
  'END:VEVENT',
];

/**
 * The whole file: one VCALENDAR with its events, lines ending in CRLF. `product` names what made
 * it (PRODID); `properties` are more calendar properties, as content lines (a feed's name).
 */
export const calendarFileOf = (
  events: readonly CalendarEvent[],
  product: string,
  properties: readonly string[] = [],
): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Communs//${product}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...properties,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
};

/** A workshop's file: one VCALENDAR with one VEVENT. */
export const calendarFile = (event: CalendarEvent): string => calendarFileOf([event], 'Training workshops');
