import type { CalendarFeedPart } from '../platform/calendar-feed-part.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { hashToken } from '../platform/tokens.ts';
import { feedFile } from './feed-file.ts';
import { getFeedByHash } from './store.ts';

/**
 * The calendar file behind a feed's address: one lookup of the token's hash, then each feature's
 * part reads its events of that person. An unknown or revoked address is a 404 that says no more
 * (whether it ever existed is nobody's business). A part that fails fails the read (a 5xx): a
 * calendar application keeps its last copy rather than drop the events of a part.
 */
export const readFeed = async (deps: AppDeps, parts: readonly CalendarFeedPart[], token: string): Promise<string> => {
  const feed = await getFeedByHash(deps, hashToken(token));
  if (!feed) throw new AppError('not-found', 'No such calendar feed.');
  const person = { id: feed.userId, language: feed.language };
  const events = await Promise.all(parts.map((part) => part.events(deps, person)));
  return feedFile(events.flat(), feed.language);
};
