import { type CalendarEvent, calendarFileOf, escapeText } from '../platform/ics.ts';

const NAMES = { fr: 'Communs : mes emprunts et ateliers', en: 'Communs: my loans and workshops' } as const;

/** How often a calendar application should read the feed again (RFC 7986 REFRESH-INTERVAL). */
export const REFRESH = 'PT6H';

/**
 * A person's feed as one iCalendar file: every part's events, earliest first (ties by UID, so
 * the same events give the same bytes), named for calendar applications (RFC 7986 NAME and the
 * common X-WR-CALNAME) with how often to read it again. Pure.
 */
export const feedFile = (events: readonly CalendarEvent[], language: 'fr' | 'en'): string => {
  const sorted = [...events].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
  return calendarFileOf(sorted, 'Calendar feed', [
    `NAME:${escapeText(NAMES[language])}`,
    `X-WR-CALNAME:${escapeText(NAMES[language])}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ]);
};
