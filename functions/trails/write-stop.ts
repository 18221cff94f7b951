import type { CheckedMedia } from './contribution-media.ts';
import type { StopMediaRecord, StopRecord } from './schema.ts';
import { stopItem, stopMediaItem, type TransactItem, trailKeys } from './store.ts';

/** Transaction item: a medium joins a stop (once only). */
export const putStopMedia = (tableName: string, use: StopMediaRecord): TransactItem => ({
  Put: { TableName: tableName, Item: stopMediaItem(use), ConditionExpression: 'attribute_not_exists(pk)' },
});

export const stopMediaRecords = (
  stop: Pick<StopRecord, 'id' | 'trailId'>,
  media: readonly CheckedMedia[],
  by: { addedBy: string; addedAt: string },
): StopMediaRecord[] =>
  media.map(({ mediaId, card, size }, index) => ({
    trailId: stop.trailId,
    stopId: stop.id,
    mediaId,
    card,
    size,
    mediaHidden: false,
    addedBy: by.addedBy,
    // Keeps the order they were given in.
    addedAt: `${by.addedAt}#${String(index).padStart(2, '0')}`,
  }));

/**
 * Transaction items of a new stop at the end of the trail: the stop, its media, and the trail's
 * order and version. Appending needs no version check — two stops added at once both land — but
 * moving the version makes a reorder read before them fail instead of dropping them.
 */
export const appendStopWrites = (
  tableName: string,
  stop: StopRecord,
  media: readonly StopMediaRecord[],
): TransactItem[] => [
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

/** Transaction item: the trail's version moves on (a medium joined or left one of its stops). */
export const touchTrail = (tableName: string, trailId: string, now: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: trailKeys.trail(trailId),
    UpdateExpression: 'SET version = version + :one, updatedAt = :now',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':one': 1, ':now': now },
  },
});
