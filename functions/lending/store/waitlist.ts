import { BatchGetCommand, DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { addDays } from '../opening-days.ts';
import type { Day, WaitingEntryRecord } from '../records.ts';
import { lendingKeys, WAITLIST_OFFERS } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** How long an entry stays after its return day (my loans shows it; TTL removes it, nothing relies on that). */
const KEPT_DAYS_AFTER = 30;

/**
 * An entry as stored: its item, its place in its person's list (byOwner) and, by status, in its
 * model and point's waiting list or in the list of offers the daily task watches (byKind).
 */
const entryItem = (entry: WaitingEntryRecord) => ({
  ...lendingKeys.waitingEntry(entry.id),
  ...lendingKeys.waitingOf(entry.userId, entry.pickUp, entry.id),
  ...(entry.status === 'waiting' ? lendingKeys.waitingListed(entry) : {}),
  ...((entry.status === 'offered' || entry.status === 'expired') && entry.offer && !entry.passedOnAt
    ? lendingKeys.offerListed(entry.offer.holdExpiresAt, entry.id)
    : {}),
  ...entry,
  expiresAt: Math.floor(Date.parse(`${addDays(entry.returnDay, KEPT_DAYS_AFTER)}T00:00:00Z`) / 1000),
});

/**
 * Transaction item: the person joins (again). Refused while they are already waiting or offered
 * for the same model, point and days (the id says which): one entry per person and period.
 */
export const joinEntryItem = (deps: Table, entry: WaitingEntryRecord): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: entryItem(entry),
    ConditionExpression: 'attribute_not_exists(pk) OR NOT (#status IN (:waiting, :offered))',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':waiting': 'waiting', ':offered': 'offered' },
  },
});

/**
 * Transaction item: the entry's next state, only if it is still in the state it was read in
 * (status and `updatedAt`): an offer, a claim, a leave and an expiry of the same entry at once,
 * one lands and the others are refused.
 */
export const replaceEntryItem = (deps: Table, next: WaitingEntryRecord, before: WaitingEntryRecord): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: entryItem(next),
    ConditionExpression: '#status = :status AND updatedAt = :updatedAt',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': before.status, ':updatedAt': before.updatedAt },
  },
});

export const getEntry = async (deps: Db, entryId: string): Promise<WaitingEntryRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.waitingEntry(entryId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<WaitingEntryRecord>) : undefined;
};

/** Entries waiting for a model at a point whose pick-up day is from `from` to `to`: one byKind Query. */
export const listWaitingFor = async (
  deps: Db,
  options: { modelId: string; pointId: string; from: Day; to: Day },
): Promise<WaitingEntryRecord[]> => {
  const items = await queryAll<Keyed<WaitingEntryRecord>>(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :kind AND kindSk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':kind': lendingKeys.waitingList(options.modelId, options.pointId),
      ':from': options.from,
      ':to': `${options.to}~`,
    },
  });
  return items.map(withoutKeys);
};

/** Offers whose hold ended before `nowIso` (still offered, or expired and not yet passed on): a page of them. */
export const listOffersEndedBefore = async (deps: Db, nowIso: string): Promise<WaitingEntryRecord[]> => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind AND kindSk < :now',
      ExpressionAttributeValues: { ':kind': WAITLIST_OFFERS, ':now': nowIso },
      Limit: 100,
    }),
  );
  return ((Items ?? []) as Keyed<WaitingEntryRecord>[]).map(withoutKeys);
};

/** A person's entries, by pick-up day: one byOwner Query (my loans, export, erasure). */
export const listEntriesOf = async (deps: Db, userId: string): Promise<WaitingEntryRecord[]> => {
  const owner = lendingKeys.waitingOf(userId, '', '');
  const items = await queryAll<Keyed<WaitingEntryRecord>>(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': owner.ownerPk, ':prefix': lendingKeys.waitingOfPrefix },
  });
  return items.map(withoutKeys);
};

/** Transaction item: a hold of the entry's released (it left before the hold ended), never another's day. */
export const releaseHoldDayItem = (deps: Table, unitId: string, day: Day, entryId: string): TransactItem => ({
  Delete: {
    TableName: deps.tableName,
    Key: lendingKeys.occupancy(unitId, day),
    ConditionExpression: '#kind = :hold AND holdFor = :entry',
    ExpressionAttributeNames: { '#kind': 'kind' },
    ExpressionAttributeValues: { ':hold': 'hold', ':entry': entryId },
  },
});

/**
 * Transaction item: the person's first reservation ever, remembered (only if it is: a second
 * reservation racing the first refuses this item, and is written without it).
 */
export const firstReservationItem = (deps: Table, userId: string, reservationId: string, at: string): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: { ...lendingKeys.firstReservation(userId), userId, reservationId, at },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** The person's first reservation, remembered (the export shows it; erasure deletes it). */
export const getFirstReservation = async (deps: Db, userId: string) => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.firstReservation(userId), ...CONSISTENT_READ }),
  );
  return Item ? { reservationId: Item.reservationId as string, at: Item.at as string } : undefined;
};

/** Deletes an entry for good (erasure, once it is off its list). */
export const deleteEntry = async (deps: Db, entryId: string) => {
  await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: lendingKeys.waitingEntry(entryId) }));
};

export const deleteFirstReservation = async (deps: Db, userId: string) => {
  await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: lendingKeys.firstReservation(userId) }));
};

/** Whether the person has never reserved (strongly consistent: the transaction relies on it). */
export const isFirstTimeBorrower = async (deps: Db, userId: string): Promise<boolean> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.firstReservation(userId), ...CONSISTENT_READ }),
  );
  return !Item;
};

/** Which of these people have never reserved: one BatchGetItem (the waiting list's order needs it). */
export const firstTimeBorrowers = async (deps: Db, userIds: string[]): Promise<Set<string>> => {
  const unique = [...new Set(userIds)];
  const borrowed = new Set<string>();
  for (let start = 0; start < unique.length; start += 100) {
    const keys = unique.slice(start, start + 100).map((id) => lendingKeys.firstReservation(id));
    const { Responses } = await deps.db.send(
      new BatchGetCommand({ RequestItems: { [deps.tableName]: { Keys: keys, ConsistentRead: true } } }),
    );
    for (const item of Responses?.[deps.tableName] ?? []) borrowed.add(item.userId as string);
  }
  return new Set(unique.filter((id) => !borrowed.has(id)));
};
