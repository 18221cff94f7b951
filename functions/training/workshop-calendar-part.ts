import type { CalendarFeedPart } from '../platform/calendar-feed-part.ts';
import { registrationsOf } from './store/registrations.ts';
import { getSession } from './store/sessions.ts';
import { sessionEvent } from './workshop-mails.ts';

/**
 * Training's part of a person's calendar feed: the workshop sessions they hold a seat in (not
 * those they wait for), a cancelled one as cancelled so calendars drop it. Their registrations
 * (one Query), then each session as it is now; the same event (UID) as the e-mails' copies.
 */
export const workshopCalendarPart: CalendarFeedPart = {
  name: 'training-workshops',
  events: async (deps, person) => {
    const seats = (await registrationsOf(deps, person.id)).filter((r) => r.status === 'registered');
    const sessions = await Promise.all(seats.map((registration) => getSession(deps, registration.sessionId)));
    return sessions.flatMap((session) => (session ? [sessionEvent(deps, session, person.language)] : []));
  },
};
