import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queryAll } from '../../platform/query-all.ts';
import { type TransactItem, transact } from '../../platform/transact.ts';
import type { StopMediaRecord, StopRecord, TrailRecord } from '../schema.ts';
import { stopItem, stopMediaItem } from './items.ts';
import { trailKeys, trailSortKeys } from './keys.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

export const getStop = async ({ db, tableName }: Db, trailId: string, stopId: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: trailKeys.stop(trailId, stopId), ...CONSISTENT_READ })))
    .Item as StopRecord | undefined;

// Transaction items the named writes below (and accepting a proposal) are made of.

/** The trail's version moves on (with a new stop order when given), if still at the version it was read at. */
const moveVersionOver = (
  tableName: string,
  trail: Pick<TrailRecord, 'id' | 'version'>,
  now: string,
  stopOrder?: string[],
): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: trailKeys.trail(trail.id),
    UpdateExpression: `SET version = :next, updatedAt = :now${stopOrder ? ', stopOrder = :order' : ''}`,
    ConditionExpression: 'version = :version',
    ExpressionAttributeValues: {
      ':next': trail.version + 1,
      ':version': trail.version,
      ':now': now,
      ...(stopOrder ? { ':order': stopOrder } : {}),
    },
  },
});

/** The trail's version moves on, whatever it was (a medium joined or left one of its stops). */
export const touchTrail = (tableName: string, trailId: string, now: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: trailKeys.trail(trailId),
    UpdateExpression: 'SET version = version + :one, updatedAt = :now',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':one': 1, ':now': now },
  },
});

/** A medium joins a stop (once only). */
export const putStopMedia = (tableName: string, use: StopMediaRecord): TransactItem => ({
  Put: { TableName: tableName, Item: stopMediaItem(use), ConditionExpression: 'attribute_not_exists(pk)' },
});

/**
 * A new stop at the end of the trail: the stop, its media, and the trail's order and version.
 * Appending needs no version check — two stops added at once both land — but moving the version
 * makes a reorder read before them fail instead of dropping them.
 */
export const appendStop = (tableName: string, stop: StopRecord, media: readonly StopMediaRecord[]): TransactItem[] => [
  { Put: { TableName: tableName, Item: stopItem(stop), ConditionExpression: 'attribute_not_exists(pk)' } },
  ...media.map((use) => putStopMedia(tableName, use)),
  {
    Update: {
      TableName: tableName,
      Key: trailKeys.trail(stop.trailId),
      UpdateExpression: 'SET stopOrder = list_append(stopOrder, :id), version = version + :one, updatedAt = :now',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':id': [stop.id], ':one': 1, ':now': stop.createdAt },
    },
  },
];

/** Media join a stop of the trail (each once only), and the trail's version moves on. */
export const joinStop = (tableName: string, trailId: string, uses: readonly StopMediaRecord[], now: string) => [
  ...uses.map((use) => putStopMedia(tableName, use)),
  touchTrail(tableName, trailId, now),
];

// Named writes: each true when written, false when its condition failed.

/** Adds a stop with its media at the end of the trail; false when the trail is gone. */
export const addStop = (deps: Db, stop: StopRecord, media: readonly StopMediaRecord[]) =>
  transact(deps, appendStop(deps.tableName, stop, media));

/** Adds media to an existing stop; false when one of them is already there (or the trail is gone). */
export const addMediaToStop = (deps: Db, trailId: string, uses: readonly StopMediaRecord[], now: string) =>
  transact(deps, joinStop(deps.tableName, trailId, uses, now));

/** Saves a changed stop; false when the stop is gone. */
export const saveStop = (deps: Db, stop: StopRecord, now: string) =>
  transact(deps, [
    { Put: { TableName: deps.tableName, Item: stopItem(stop), ConditionExpression: 'attribute_exists(pk)' } },
    touchTrail(deps.tableName, stop.trailId, now),
  ]);

/** Takes a medium off a stop; false when it is not there. */
export const removeMediaFromStop = (
  deps: Db,
  use: Pick<StopMediaRecord, 'trailId' | 'stopId' | 'mediaId'>,
  now: string,
) =>
  transact(deps, [
    {
      Delete: {
        TableName: deps.tableName,
        Key: trailKeys.stopMedia(use.trailId, use.stopId, use.mediaId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    touchTrail(deps.tableName, use.trailId, now),
  ]);

const mediaKeysOfStop = (deps: Db, trailId: string, stopId: string) =>
  queryAll<{ pk: string; sk: string }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': trailKeys.collection(trailId), ':prefix': trailSortKeys.mediaOfStop(stopId) },
    ProjectionExpression: 'pk, sk',
    ...CONSISTENT_READ,
  });

/**
 * Takes a stop and its media off the trail (the media themselves stay their contributors'), with
 * the order written over the version it was computed from; false when the trail moved meanwhile
 * or the stop is gone.
 */
export const removeStopOver = async (deps: Db, trail: TrailRecord, stopId: string, now: string) => {
  const media = await mediaKeysOfStop(deps, trail.id, stopId);
  return transact(deps, [
    moveVersionOver(
      deps.tableName,
      trail,
      now,
      trail.stopOrder.filter((id) => id !== stopId),
    ),
    {
      Delete: {
        TableName: deps.tableName,
        Key: trailKeys.stop(trail.id, stopId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    ...media.map((key) => ({ Delete: { TableName: deps.tableName, Key: key } })),
  ]);
};

/** Puts the stops in a new order over the version it was read at; false when it moved meanwhile. */
export const saveStopOrderOver = (deps: Db, trail: TrailRecord, stopIds: string[], now: string) =>
  transact(deps, [moveVersionOver(deps.tableName, trail, now, stopIds)]);
