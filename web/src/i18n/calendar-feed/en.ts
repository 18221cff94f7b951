import type { Translation } from '../translation.ts';
import type { calendarFeedFr } from './fr.ts';

/** The English strings of the calendar feed block (same keys as `fr.ts`). */
export const calendarFeedEn: Translation<typeof calendarFeedFr> = {
  'calendarFeed.title': 'My calendar',
  'calendarFeed.intro':
    'Subscribe your calendar application to your loans (pick-ups and returns) and your workshops: they appear and stay up to date by themselves. The address is personal: whoever knows it sees these appointments.',
  'calendarFeed.none': 'You have no calendar address yet.',
  'calendarFeed.active': 'Your calendar address has existed since {date}.',
  'calendarFeed.lost':
    'It is shown only when it is made. If you lost it, or someone else knows it, make a new one: the old one stops working.',
  'calendarFeed.create': 'Make my calendar address',
  'calendarFeed.replace': 'Make a new address',
  'calendarFeed.created': 'Address made. Copy it into your calendar application ("subscribe by URL").',
  'calendarFeed.replaced': 'New address made; the old one no longer works.',
  'calendarFeed.address.label': 'Your calendar’s address',
  'calendarFeed.address.hint': 'Shown only once: copy it now.',
  'calendarFeed.copy': 'Copy the address',
  'calendarFeed.copied': 'Address copied.',
  'calendarFeed.copyFailed': 'Copying did not work: select the address and copy it.',
  'calendarFeed.open': 'Open in my calendar application',
  'calendarFeed.revoke': 'Delete the address',
  'calendarFeed.revokeConfirm': 'Delete the address? Subscribed calendars will no longer get your appointments.',
  'calendarFeed.revokeYes': 'Yes, delete',
  'calendarFeed.keep': 'Keep the address',
  'calendarFeed.revoked': 'Address deleted: it no longer works.',
  'calendarFeed.failed': 'That did not work. Try again in a moment.',
};
