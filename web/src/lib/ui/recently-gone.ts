/**
 * What the page just took off a list, kept off it for a while. Lists of one's own media, the
 * moderation queue and the like are read from DynamoDB indexes, which lag a moment behind the
 * table (`functions/platform/consistent-read.ts`): read again right after a delete or a decision,
 * the list may still show the item. The page knows better, so it leaves the item out.
 */

/** Longer than an index lags (well under a second in AWS); short enough not to hide a new state. */
const KEEP_OFF_MS = 10_000;

export const recentlyGone = (keepOffMs = KEEP_OFF_MS, now: () => number = Date.now) => {
  const gone = new Map<string, number>();
  return {
    /** The item `key` is gone: lists read from now on leave it out for a while. */
    add: (key: string) => {
      gone.set(key, now() + keepOffMs);
    },
    /** The items of a list read just now, without those the page just took off. */
    without: <T>(items: readonly T[], keyOf: (item: T) => string): T[] =>
      items.filter((item) => (gone.get(keyOf(item)) ?? 0) <= now()),
  };
};

export type RecentlyGone = ReturnType<typeof recentlyGone>;
