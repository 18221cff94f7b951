import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { hashToken, randomToken } from '../platform/tokens.ts';
import { transact } from '../platform/transact.ts';
import { feedUrl } from './feed-address.ts';
import { type CalendarFeedRecord, deleteFeedItems, getFeedOf, replaceFeedItems } from './store.ts';

/** How many times a change that met another change of the same feed reads it again. */
const ATTEMPTS = 3;

/** What the person sees of their feed: whether it exists, since when, in which language (never its address). */
export const toFeedView = (feed: CalendarFeedRecord | undefined) =>
  feed ? { active: true, createdAt: feed.createdAt, language: feed.language } : { active: false };

export const readMyFeed = async (deps: AppDeps, viewer: Viewer) => toFeedView(await getFeedOf(deps, viewer.id));

/**
 * A new private address for the viewer's feed, in their language: the first one, or one that
 * replaces the old (which stops working in the same transaction). The address is answered once:
 * only its hash is kept, so a lost address is replaced, never shown again.
 */
export const createFeed = async (deps: AppDeps, viewer: Viewer, language: 'fr' | 'en' = viewer.language) => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const previous = await getFeedOf(deps, viewer.id);
    const token = randomToken();
    const next: CalendarFeedRecord = {
      userId: viewer.id,
      tokenHash: hashToken(token),
      language,
      createdAt: deps.clock.now().toISOString(),
    };
    if (await transact(deps, replaceFeedItems(deps, next, previous))) {
      return { ...toFeedView(next), url: feedUrl(deps, token), replaced: Boolean(previous) };
    }
  }
  throw new AppError('conflict', 'Your calendar feed keeps changing; try again in a moment.');
};

/** The viewer's feed revoked: its address answers 404 from now on. False when there was none. */
export const revokeFeed = async (deps: Pick<AppDeps, 'db' | 'tableName'>, userId: string): Promise<boolean> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const previous = await getFeedOf(deps, userId);
    if (!previous) return false;
    if (await transact(deps, deleteFeedItems(deps, previous))) return true;
  }
  throw new AppError('conflict', 'Your calendar feed keeps changing; try again in a moment.');
};
