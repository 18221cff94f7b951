import { DeleteCommand, GetCommand, QueryCommand, type QueryCommandInput, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf } from '../platform/conditional.ts';
import { CONSISTENT_READ } from '../platform/consistent-read.ts';
import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { withoutKeys } from '../platform/item-keys.ts';
import { queryAll } from '../platform/query-all.ts';
import { type TransactItem, transact } from '../platform/transact.ts';

export { transact };

import type { MediaCard } from './media-views.ts';
import type { MediaRecord, MediaStatus } from './schema.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** Key formats of media; the only place that knows them. */
export const mediaKeys = {
  media: (id: string) => ({ pk: `MEDIA#${id}`, sk: 'MEDIA' }),
  /** byOwner: a citizen's media, newest first (My media, export, erasure, contributor page). */
  ofOwner: (ownerId: string, createdAt: string, id: string) => ({
    ownerPk: `USER#${ownerId}`,
    ownerSk: `${MEDIA_OF_OWNER}${createdAt}#${id}`,
  }),
  /** byKind: uploads waiting for bytes or processing, oldest first (the daily expiry). */
  pendingListing: (createdAt: string, id: string) => ({ kindPk: PENDING_LISTING, kindSk: `${createdAt}#${id}` }),
  /** byLookup: a contributor's published, credited media, newest first (their public page). */
  contributorListing: (ownerId: string, publishedAt: string, id: string) => ({
    lookupPk: `CONTRIBUTOR#${ownerId}`,
    lookupSk: `${publishedAt}#${id}`,
  }),
  /**
   * byKind: the published media recorded with a model of the city's equipment, newest first (the
   * model's page). On the medium's own item while it is ready: hiding, deleting or erasing it takes
   * it off the list in the same write.
   */
  madeWithListing: (modelId: string, publishedAt: string, id: string) => ({
    kindPk: `${MADE_WITH}${modelId}`,
    kindSk: `${publishedAt}#${id}`,
  }),
  /** One flag per person (or network, for residents) and medium. */
  flag: (mediaId: string, flaggerKey: string) => ({ pk: `MEDIA#${mediaId}`, sk: `FLAG#${flaggerKey}` }),
  /**
   * byLookup: an item of another feature that shows this medium (`where` is that feature's name
   * for the place, unique among the medium's uses), found again to refresh or remove it.
   */
  use: (mediaId: string, where: string) => ({ lookupPk: `MEDIA_USE#${mediaId}`, lookupSk: where }),
  /** A citizen's storage use, kept by atomic counters. */
  usage: (ownerId: string) => ({ pk: `USER#${ownerId}`, sk: 'MEDIA_USAGE' }),
};

/** Where a citizen's media start among their items on byOwner. */
const MEDIA_OF_OWNER = 'MEDIA#';
const PENDING_LISTING = 'MEDIA#pending';
const MADE_WITH = 'MEDIA_MADE_WITH#';
/** The most media a model's page lists (one Query page; a kit makes far fewer). */
export const MADE_WITH_SHOWN = 500;

export interface MediaUsage {
  bytes: number;
  pending: number;
}

export interface FlagRecord {
  mediaId: string;
  reason: string;
  createdAt: string;
  flaggerKey: string;
}

export const getMedia = async ({ db, tableName }: Db, id: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: mediaKeys.media(id), ...CONSISTENT_READ }))).Item as
    | MediaRecord
    | undefined;

export const getUsage = async ({ db, tableName }: Db, ownerId: string): Promise<MediaUsage> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: mediaKeys.usage(ownerId), ...CONSISTENT_READ }),
  );
  return { bytes: (Item?.bytes as number) ?? 0, pending: (Item?.pending as number) ?? 0 };
};

/** Transaction item: change a citizen's usage counters, optionally under quota conditions. */
export const usageChange = (
  { tableName }: Pick<Db, 'tableName'>,
  ownerId: string,
  delta: { bytes: number; pending: number },
  limits?: { maxBytes: number; maxPending: number },
): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: mediaKeys.usage(ownerId),
    UpdateExpression: 'ADD bytes :bytes, pending :pending',
    ...(limits
      ? {
          // Missing counters count as zero: the first upload creates the item.
          ConditionExpression:
            '(attribute_not_exists(bytes) OR bytes <= :bytesRoom) AND (attribute_not_exists(pending) OR pending < :maxPending)',
          ExpressionAttributeValues: {
            ':bytes': delta.bytes,
            ':pending': delta.pending,
            ':bytesRoom': limits.maxBytes - delta.bytes,
            ':maxPending': limits.maxPending,
          },
        }
      : { ExpressionAttributeValues: { ':bytes': delta.bytes, ':pending': delta.pending } }),
  },
});

/** The stored item of a record: the record plus the index keys its status puts it under. */
export const mediaItem = (record: MediaRecord) => ({
  ...withoutKeys(record),
  ...mediaKeys.media(record.id),
  ...mediaKeys.ofOwner(record.ownerId, record.createdAt, record.id),
  ...(record.status === 'pending' || record.status === 'processing'
    ? mediaKeys.pendingListing(record.createdAt, record.id)
    : {}),
  ...(record.status === 'ready' && !record.anonymous && !record.ownerErased
    ? mediaKeys.contributorListing(record.ownerId, record.processedAt ?? record.createdAt, record.id)
    : {}),
  // Only while ready: pending and processing media hold byKind for the expiry listing instead.
  ...(record.status === 'ready' && record.recordedWith
    ? mediaKeys.madeWithListing(record.recordedWith.modelId, record.processedAt ?? record.createdAt, record.id)
    : {}),
});

/**
 * Transaction item: put a record, only if it is still in one of `from` states (or, without
 * `from`, only if new); `openFlags` also requires the flag count to be unchanged.
 */
export const putMediaItem = (
  { tableName }: Pick<Db, 'tableName'>,
  record: MediaRecord,
  from?: MediaStatus[],
  { openFlags }: { openFlags?: number } = {},
): TransactItem => {
  if (!from)
    return { Put: { TableName: tableName, Item: mediaItem(record), ConditionExpression: 'attribute_not_exists(pk)' } };
  const values: Record<string, unknown> = Object.fromEntries(from.map((status, i) => [`:from${i}`, status]));
  let condition = `#status IN (${Object.keys(values).join(', ')})`;
  if (openFlags !== undefined) {
    condition += ' AND openFlags = :openFlags';
    values[':openFlags'] = openFlags;
  }
  return {
    Put: {
      TableName: tableName,
      Item: mediaItem(record),
      ConditionExpression: condition,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: values,
    },
  };
};

/**
 * Replaces a record if it is still in one of `from` states: the compare-and-set that keeps
 * duplicate S3 events and concurrent requests from doing a transition twice.
 */
export const replaceMedia = async (deps: Db, record: MediaRecord, from: MediaStatus[]) =>
  transact(deps, [putMediaItem(deps, record, from)]);

/** A change of a citizen's usage counters: bytes, and uploads awaiting their bytes. */
export interface UsageDelta {
  bytes: number;
  pending: number;
}

/**
 * Creates a pending medium and reserves its declared bytes and a pending slot, in one
 * transaction; false when that would pass the quota or the limit of uploads in progress.
 */
export const reserveUpload = (deps: Db, record: MediaRecord, limits: { maxBytes: number; maxPending: number }) =>
  transact(deps, [
    usageChange(deps, record.ownerId, { bytes: record.declaredSize, pending: 1 }, limits),
    putMediaItem(deps, record),
  ]);

/**
 * Moves a medium on (see `replaceMedia`) and changes its owner's usage in the same transaction,
 * so a transition and its quota adjustment happen together, once.
 */
export const moveMediaOn = (deps: Db, to: MediaRecord, from: MediaStatus[], usage: UsageDelta) =>
  transact(deps, [putMediaItem(deps, to, from), usageChange(deps, to.ownerId, usage)]);

/**
 * Removes an upload that never got all its bytes and gives back what it reserved; false when the
 * last byte arrived meanwhile (too late to abort).
 */
export const removeUploadAwaitingBytes = (deps: Db, record: MediaRecord) =>
  transact(deps, [
    deleteMediaItem(deps, record.id, { onlyIfAwaitingBytes: true }),
    usageChange(deps, record.ownerId, { bytes: -record.declaredSize, pending: -1 }),
  ]);

/** Transaction item: delete a record; `onlyIfAwaitingBytes` guards an abort racing the last byte. */
export const deleteMediaItem = (
  { tableName }: Pick<Db, 'tableName'>,
  id: string,
  { onlyIfAwaitingBytes = false } = {},
): TransactItem => ({
  Delete: {
    TableName: tableName,
    Key: mediaKeys.media(id),
    ...(onlyIfAwaitingBytes
      ? {
          ConditionExpression: '#status = :pending AND attribute_not_exists(#upload.completedAt)',
          ExpressionAttributeNames: { '#status': 'status', '#upload': 'upload' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        }
      : {}),
  },
});

/** The media of one owner on byOwner (their other items share the partition). */
const ofOwnerQuery = (ownerId: string) => ({
  IndexName: 'byOwner',
  KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
  ExpressionAttributeValues: { ':owner': mediaKeys.ofOwner(ownerId, '', '').ownerPk, ':prefix': MEDIA_OF_OWNER },
});

/** One page of media on an index, newest first. */
const newestFirstPage = async (
  { db, tableName }: Db,
  query: Pick<QueryCommandInput, 'IndexName' | 'KeyConditionExpression' | 'ExpressionAttributeValues'>,
  page: { limit: number; startKey?: PageKey },
) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      ...query,
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
    }),
  );
  return { items: (result.Items ?? []) as MediaRecord[], lastKey: result.LastEvaluatedKey as PageKey | undefined };
};

/** A citizen's media, newest first. */
export const listMediaOfOwner = (deps: Db, ownerId: string, page: { limit: number; startKey?: PageKey }) =>
  newestFirstPage(deps, ofOwnerQuery(ownerId), page);

/** A contributor's published, credited media, newest first: one Query on byLookup. */
export const listPublishedMediaOfContributor = (
  deps: Db,
  ownerId: string,
  page: { limit: number; startKey?: PageKey },
) =>
  newestFirstPage(
    deps,
    {
      IndexName: 'byLookup',
      KeyConditionExpression: 'lookupPk = :contributor',
      ExpressionAttributeValues: { ':contributor': mediaKeys.contributorListing(ownerId, '', '').lookupPk },
    },
    page,
  );

/**
 * The published media recorded with a model, newest first: one Query on byKind (at most
 * `MADE_WITH_SHOWN`; `complete` false when there are more).
 */
export const listMediaMadeWith = async ({ db, tableName }: Db, modelId: string) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind',
      ExpressionAttributeValues: { ':kind': mediaKeys.madeWithListing(modelId, '', '').kindPk },
      ScanIndexForward: false,
      Limit: MADE_WITH_SHOWN,
    }),
  );
  return { items: (result.Items ?? []) as MediaRecord[], complete: !result.LastEvaluatedKey };
};

/** Every medium of a citizen (export and erasure walk all pages). */
export const allMediaOfOwner = (deps: Db, ownerId: string): Promise<MediaRecord[]> =>
  queryAll<MediaRecord>(deps, { TableName: deps.tableName, ...ofOwnerQuery(ownerId) });

/** Uploads pending or processing since before `before` (ISO), oldest first. */
export const listPendingCreatedBefore = async ({ db, tableName }: Db, before: string) => {
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'byKind',
      KeyConditionExpression: 'kindPk = :kind AND kindSk < :before',
      ExpressionAttributeValues: { ':kind': PENDING_LISTING, ':before': before },
      Limit: 100,
    }),
  );
  return (result.Items ?? []) as MediaRecord[];
};

/** The open flags on one medium (its item collection). */
export const listFlags = async ({ db, tableName }: Db, mediaId: string) =>
  ((
    await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :flag)',
        ExpressionAttributeValues: { ':pk': `MEDIA#${mediaId}`, ':flag': 'FLAG#' },
        ...CONSISTENT_READ,
      }),
    )
  ).Items ?? []) as FlagRecord[];

export const deleteFlags = async ({ db, tableName }: Db, mediaId: string, flags: FlagRecord[]) => {
  await Promise.all(
    flags.map((flag) =>
      db.send(new DeleteCommand({ TableName: tableName, Key: mediaKeys.flag(mediaId, flag.flaggerKey) })),
    ),
  );
};

/** Transaction item: a person's flag on a medium, once. */
export const putNewFlag = ({ tableName }: Pick<Db, 'tableName'>, flag: FlagRecord): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...mediaKeys.flag(flag.mediaId, flag.flaggerKey), ...flag },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

export const getFlag = async ({ db, tableName }: Db, mediaId: string, flaggerKey: string) =>
  (
    await db.send(
      new GetCommand({ TableName: tableName, Key: mediaKeys.flag(mediaId, flaggerKey), ...CONSISTENT_READ }),
    )
  ).Item as FlagRecord | undefined;

// Uses of a medium in other features' items.

/** The index keys of a use; prefer `mediaUseItem`, which also writes the card. */
export const mediaUseKeys = mediaKeys.use;

/**
 * What makes another feature's item a use of a medium: spread into that item (the Item of its
 * Put), it is found again, refreshed when the medium changes and deleted with it.
 */
export const mediaUseItem = ({
  card,
  where,
  hidden = false,
  shownAt,
}: {
  card: MediaCard;
  where: string;
  hidden?: boolean;
  /** The public paths that show the using item (its feature's `public-paths.ts`), dropped from the edge on a change. */
  shownAt: readonly string[];
}) => ({
  ...mediaKeys.use(card.id, where),
  ...mediaUseShownAt(shownAt),
  card,
  mediaHidden: hidden,
});

/**
 * The public paths that show a use, kept on its item: when the medium changes, media drops them
 * from the edge without knowing the other feature's routes.
 */
export const mediaUseShownAt = (paths: readonly string[]) => ({ useShownAt: [...paths] });

/** The table key of an item that uses a medium (it belongs to the other feature). */
export interface MediaUseRef {
  pk: string;
  sk: string;
  /** Missing on uses written before it was recorded. */
  useShownAt?: string[];
}

export const listMediaUses = (deps: Db, mediaId: string): Promise<MediaUseRef[]> =>
  queryAll<MediaUseRef>(deps, {
    TableName: deps.tableName,
    IndexName: 'byLookup',
    KeyConditionExpression: 'lookupPk = :use',
    ExpressionAttributeValues: { ':use': mediaKeys.use(mediaId, '').lookupPk },
    ProjectionExpression: 'pk, sk, useShownAt',
  });

/** Rewrites the card of one use; false when the using item went meanwhile (nothing to refresh). */
export const refreshMediaUse = ({ db, tableName }: Db, use: MediaUseRef, to: { card: MediaCard; hidden: boolean }) =>
  writeIf(
    db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: use.pk, sk: use.sk },
        UpdateExpression: 'SET card = :card, mediaHidden = :hidden',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':card': to.card, ':hidden': to.hidden },
      }),
    ),
  );

/** Removes one use, with the medium it showed. */
export const deleteMediaUse = async ({ db, tableName }: Db, use: MediaUseRef) => {
  await db.send(new DeleteCommand({ TableName: tableName, Key: { pk: use.pk, sk: use.sk } }));
};

// Moderation (functions/moderation/ keeps the reports and the queue entry; the count is ours).

/** Transaction item: one more open report on a published (or already hidden) medium. */
export const countMediaReport = ({ tableName }: Pick<Db, 'tableName'>, mediaId: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: mediaKeys.media(mediaId),
    UpdateExpression: 'ADD openFlags :one',
    ConditionExpression: '#status IN (:ready, :hidden)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':one': 1, ':ready': 'ready', ':hidden': 'hidden' },
  },
});
