import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../platform/consistent-read.ts';
import type { AppDeps } from '../platform/deps.ts';
import { type Keyed, withoutKeys } from '../platform/item-keys.ts';
import type { TransactItem } from '../platform/transact.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * A person's calendar feed, as stored. Keys, the only place that knows them:
 *
 * - `CALENDAR_FEED#<hash of the token>`: what the feed's address opens (one GetItem): whose
 *   feed and its language. The token itself is never stored (`platform/tokens.ts`): a leaked
 *   table gives no feed address.
 * - `CALENDAR_FEED_OF#<userId>`: the person's one feed (which hash, since when): a new address
 *   replaces the old one, revoking deletes both, in one transaction conditioned on this item.
 */
export interface CalendarFeedRecord {
  userId: string;
  tokenHash: string;
  language: 'fr' | 'en';
  createdAt: string;
}

const SK = 'CALENDAR_FEED';
const feedKey = (tokenHash: string) => ({ pk: `CALENDAR_FEED#${tokenHash}`, sk: SK });
const ownerKey = (userId: string) => ({ pk: `CALENDAR_FEED_OF#${userId}`, sk: SK });

/** The feed a token's hash opens (strongly consistent: a revoked address stops at once). */
export const getFeedByHash = async (deps: Db, tokenHash: string): Promise<CalendarFeedRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: feedKey(tokenHash), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<CalendarFeedRecord>) : undefined;
};

/** The person's feed, if they have one. */
export const getFeedOf = async (deps: Db, userId: string): Promise<CalendarFeedRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: ownerKey(userId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<CalendarFeedRecord>) : undefined;
};

/** The person's item stays what was read: absent (`undefined`) or naming the same hash. */
const ownerCondition = (previous: CalendarFeedRecord | undefined) =>
  previous
    ? { ConditionExpression: 'tokenHash = :previous', ExpressionAttributeValues: { ':previous': previous.tokenHash } }
    : { ConditionExpression: 'attribute_not_exists(pk)' };

/**
 * Transaction items: the person's feed set to `next` (a new one, or a new address for it): their
 * item written only if still as read, the new address's item, the old address's item deleted.
 * Two at once: one lands, the other is refused and reads again.
 */
export const replaceFeedItems = (
  deps: Table,
  next: CalendarFeedRecord,
  previous: CalendarFeedRecord | undefined,
): TransactItem[] => [
  { Put: { TableName: deps.tableName, Item: { ...ownerKey(next.userId), ...next }, ...ownerCondition(previous) } },
  {
    Put: {
      TableName: deps.tableName,
      Item: { ...feedKey(next.tokenHash), ...next },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
  ...(previous ? [{ Delete: { TableName: deps.tableName, Key: feedKey(previous.tokenHash) } }] : []),
];

/** Transaction items: the person's feed gone, both items (only if it is still the one read). */
export const deleteFeedItems = (deps: Table, previous: CalendarFeedRecord): TransactItem[] => [
  { Delete: { TableName: deps.tableName, Key: ownerKey(previous.userId), ...ownerCondition(previous) } },
  { Delete: { TableName: deps.tableName, Key: feedKey(previous.tokenHash) } },
];
