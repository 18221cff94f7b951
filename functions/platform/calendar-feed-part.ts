import type { AppDeps } from './deps.ts';
import type { CalendarEvent } from './ics.ts';

/** Whose feed is read: the person and the language its events are written in (chosen with the feed). */
export interface CalendarFeedPerson {
  id: string;
  language: 'fr' | 'en';
}

/**
 * A feature's share of a person's private calendar feed (`GET /api/calendar/{token}.ics`): the
 * events of theirs it keeps (a loan's pick-up and return, a workshop session). Each feature that
 * has such events writes one in its own folder and lists it in its `feature.ts`
 * (`calendarEvents`); the feed walks them all. A part reads what it needs for one person in a
 * few requests (their list, then what the list names), never a Scan, and gives each event the
 * UID its e-mailed copies carry, so a calendar keeps one event whichever way it came.
 */
export interface CalendarFeedPart {
  /** For logs, e.g. `lending`. */
  name: string;
  events(deps: AppDeps, person: CalendarFeedPerson): Promise<CalendarEvent[]>;
}
