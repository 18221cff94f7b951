import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf } from '../../platform/conditional.ts';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { Day, ReservationRecord, ReservationStatus } from '../records.ts';
import { COUNTED_LOANS, type DeskState, lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * A reservation as stored: its item, its place in its owner's loans (byOwner, by pick-up day)
 * and, while it is reserved and counted "at once", in the list the daily task gives back from.
 */
const reservationItem = (reservation: ReservationRecord) => ({
  ...lendingKeys.reservation(reservation.id),
  ...lendingKeys.loanOf(reservation.userId, reservation.pickUp, reservation.id),
  ...((reservation.status === 'reserved' || reservation.status === 'out') && !reservation.activeReleasedAt
    ? lendingKeys.countedLoan(reservation.returnDay, reservation.id)
    : {}),
  ...deskKeys(reservation),
  ...reservation,
});

/** Its place on its point's desk: to pick up while reserved, out while lent, nowhere after. */
const deskKeys = (reservation: ReservationRecord) => {
  if (reservation.status === 'reserved')
    return lendingKeys.deskListed(reservation.pointId, 'PICKUP', reservation.pickUp, reservation.id);
  if (reservation.status === 'out')
    return lendingKeys.deskListed(reservation.pointId, 'OUT', reservation.returnDay, reservation.id);
  return {};
};

/**
 * A point's desk list: reservations to pick up (`PICKUP`, by pick-up day) or out (`OUT`, by return
 * day), from `from` through `to` included (both optional). One Query of byLookup (eventually
 * consistent, as an index is: the desk's writes condition on the reservation item itself).
 */
export const listDesk = async (
  deps: Db,
  pointId: string,
  state: DeskState,
  { from, to }: { from?: Day; to?: Day } = {},
): Promise<ReservationRecord[]> => {
  const items = await queryAll<Keyed<ReservationRecord>>(deps, {
    TableName: deps.tableName,
    IndexName: 'byLookup',
    KeyConditionExpression: 'lookupPk = :desk AND lookupSk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':desk': lendingKeys.desk(pointId),
      ':from': `${state}#${from ?? ''}`,
      ':to': `${state}#${to ?? '9999-12-31'}~`,
    },
  });
  return items.map(withoutKeys);
};

/** Transaction item: a new reservation. */
export const createReservationItem = (deps: Table, reservation: ReservationRecord): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: reservationItem(reservation),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/**
 * Transaction item: a reservation replaced by its new state (new days, cancelled, handed over,
 * returned), only while it is still in `expectedStatus` (reserved unless said) and unchanged since
 * `expectedUpdatedAt`: two changes of the same reservation at once (two staff handing it over,
 * its person cancelling as the desk hands it over), one lands and the other is refused.
 */
export const replaceReservationItem = (
  deps: Table,
  reservation: ReservationRecord,
  expectedUpdatedAt: string,
  expectedStatus: ReservationStatus = 'reserved',
  /**
   * Also only while still counted "at once" (the daily task's give-back leaves `updatedAt` as it
   * was): a change that gives the counter back itself must not meet that task's give-back.
   */
  options: { stillCounted?: boolean } = {},
): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: reservationItem(reservation),
    ConditionExpression: `#status = :expectedStatus AND updatedAt = :expected${
      options.stillCounted ? ' AND attribute_not_exists(activeReleasedAt)' : ''
    }`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':expectedStatus': expectedStatus, ':expected': expectedUpdatedAt },
  },
});

export const getReservation = async (deps: Db, reservationId: string): Promise<ReservationRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.reservation(reservationId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<ReservationRecord>) : undefined;
};

/** A person's reservations, by pick-up day: one Query of byOwner (my loans, export, erasure). */
export const listReservationsOf = async (deps: Db, userId: string): Promise<ReservationRecord[]> => {
  const owner = lendingKeys.loanOf(userId, '', '');
  const items = await queryAll<Keyed<ReservationRecord>>(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :loans)',
    ExpressionAttributeValues: { ':owner': owner.ownerPk, ':loans': lendingKeys.loansOf.ownerSkPrefix },
  });
  return items.map(withoutKeys);
};

/**
 * Reservations still counted "at once" whose return day is before `today`: one byKind Query (a
 * page of them, from `startKey`; `lastKey` when more follow).
 */
export const listCountedLoansReturnedBefore = async (
  deps: Db,
  today: string,
  startKey?: Record<string, unknown>,
): Promise<{ items: ReservationRecord[]; lastKey?: Record<string, unknown> }> => {
  const { Items, LastEvaluatedKey } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind AND kindSk < :today',
      ExpressionAttributeValues: { ':kind': COUNTED_LOANS, ':today': today },
      Limit: 200,
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    }),
  );
  return {
    items: ((Items ?? []) as Keyed<ReservationRecord>[]).map(withoutKeys),
    ...(LastEvaluatedKey ? { lastKey: LastEvaluatedKey } : {}),
  };
};

/**
 * Transaction item: the reservation marked given back to its person's counter and taken off the
 * list, only if it is still on it and reserved (the daily task run twice gives back once).
 */
export const releaseCountedLoanItem = (deps: Table, reservationId: string, at: string): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: lendingKeys.reservation(reservationId),
    UpdateExpression: 'SET activeReleasedAt = :at REMOVE kindPk, kindSk',
    ConditionExpression: 'kindPk = :kind AND #status = :reserved',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':at': at, ':kind': COUNTED_LOANS, ':reserved': 'reserved' },
  },
});

/** A past reservation without its person: kept for the statistics (model, point, days, status), out of byOwner. */
export type AnonymousReservation = Omit<ReservationRecord, 'userId'> & { anonymisedAt: string };

/**
 * Drops the person from a past reservation, unless it changed meanwhile (false then: read it
 * again). The item leaves the person's byOwner collection with its owner keys.
 */
export const anonymiseReservation = async (deps: Db, reservation: ReservationRecord, at: string): Promise<boolean> => {
  const { userId: _dropped, ...kept } = reservation;
  const anonymous: AnonymousReservation = { ...kept, anonymisedAt: at };
  return writeIf(
    deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { ...lendingKeys.reservation(reservation.id), ...anonymous },
        ConditionExpression: 'userId = :user AND updatedAt = :expected',
        ExpressionAttributeValues: { ':user': reservation.userId, ':expected': reservation.updatedAt },
      }),
    ),
  );
};
