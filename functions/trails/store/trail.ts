import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf } from '../../platform/conditional.ts';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queryAll } from '../../platform/query-all.ts';
import { type TransactItem, transact } from '../../platform/transact.ts';
import { updateFields } from '../../platform/update-fields.ts';
import type { StopMediaRecord, StopRecord, TrailRecord } from '../schema.ts';
import {
  isPublic,
  isStop,
  isStopMedia,
  isTrail,
  stopItem,
  stopMediaItem,
  type TrailPageItem,
  trailItem,
} from './items.ts';
import { PROJECT_TRAILS_PREFIX, PUBLISHED_LISTING, projectOwner, trailKeys, trailSortKeys } from './keys.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

export const getTrail = async ({ db, tableName }: Db, id: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: trailKeys.trail(id), ...CONSISTENT_READ }))).Item as
    | TrailRecord
    | undefined;

export interface TrailPage {
  trail: TrailRecord;
  /** In walking order. */
  stops: StopRecord[];
  media: StopMediaRecord[];
}

/** Splits the items of a trail's page into the trail, its stops in order and their media. Pure. */
export const toTrailPage = (items: readonly TrailPageItem[]): TrailPage | undefined => {
  const trail = items.find(isTrail);
  if (!trail) return undefined;
  const byId = new Map(items.filter(isStop).map((stop) => [stop.id, stop]));
  const stops = trail.stopOrder.flatMap((id) => byId.get(id) ?? []);
  return { trail, stops, media: items.filter(isStopMedia) };
};

/** The trail with its stops and their media: one Query (the `T#` items of its collection). */
export const getTrailPage = async (deps: Db, id: string) =>
  toTrailPage(
    await queryAll<TrailPageItem>(deps, {
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :t)',
      ExpressionAttributeValues: { ':pk': trailKeys.collection(id), ':t': trailSortKeys.page },
      ...CONSISTENT_READ,
    }),
  );

/** What lists and the map read of a trail item. */
const SUMMARY_FIELDS = [
  'id',
  'title',
  'projectSlug',
  'area',
  'languages',
  'stopCount',
  'start',
  'distanceMetres',
  'walkingMinutes',
  'coverUrl',
  'featured',
  'status',
] as const;

export type TrailSummaryRecord = Pick<TrailRecord, (typeof SUMMARY_FIELDS)[number]>;

const summaryProjection = {
  ProjectionExpression: SUMMARY_FIELDS.map((field) => `#${field}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(SUMMARY_FIELDS.map((field) => [`#${field}`, field])),
};

/**
 * Published trails, newest first: one Query reading only the summary fields. All of them: a
 * city has tens of trails, which fit one page of DynamoDB's 1 MB by far.
 */
export const listPublishedTrails = (deps: Db) =>
  queryAll<TrailSummaryRecord>(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :kind',
    ExpressionAttributeValues: { ':kind': PUBLISHED_LISTING },
    ScanIndexForward: false,
    ...summaryProjection,
  });

/** A project's trails, drafts included (byOwner). */
export const listTrailsOfProject = (deps: Db, slug: string) =>
  queryAll<TrailSummaryRecord>(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': projectOwner(slug), ':prefix': PROJECT_TRAILS_PREFIX },
    ...summaryProjection,
  });

/** A stop of a new trail with the media it carries (a fork's copies). */
export interface StopWithMedia {
  stop: StopRecord;
  media: readonly StopMediaRecord[];
}

/**
 * Writes a new trail under its id, with the stops it comes with; false when the id is taken.
 * A transaction holds 100 items: the trail and the first ones together, the rest after.
 */
export const addTrail = async (deps: Db, trail: TrailRecord, content: readonly StopWithMedia[] = []) => {
  const items = content.flatMap(({ stop, media }) => [stopItem(stop), ...media.map(stopMediaItem)]);
  const [first, rest] = [items.slice(0, 99), items.slice(99)];
  const created = await transact(deps, [
    { Put: { TableName: deps.tableName, Item: trailItem(trail), ConditionExpression: 'attribute_not_exists(pk)' } },
    ...first.map((Item) => ({ Put: { TableName: deps.tableName, Item } })),
  ]);
  if (!created) return false;
  for (let i = 0; i < rest.length; i += 100)
    await transact(
      deps,
      rest.slice(i, i + 100).map((Item) => ({ Put: { TableName: deps.tableName, Item } })),
    );
  return true;
};

/**
 * Saves the whole trail (a new status) over the version it was read at; false when it moved
 * meanwhile, or when one of `checks` (another feature's condition, e.g. a certification the
 * city requires to publish) failed.
 */
export const saveTrailOver = (deps: Db, trail: TrailRecord, checks: TransactItem[] = []) =>
  transact(deps, [
    ...checks,
    {
      Put: {
        TableName: deps.tableName,
        Item: trailItem(trail),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': trail.version },
      },
    },
  ]);

/**
 * Sets some fields of the trail and removes others, touching nothing else, so a concurrent
 * change to the stops is never overwritten; false when there is no such trail.
 */
export const updateTrailFields = (
  deps: Db,
  id: string,
  set: Partial<TrailRecord>,
  remove: readonly (keyof TrailRecord)[] = [],
) =>
  writeIf(
    deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: trailKeys.trail(id),
        ConditionExpression: 'attribute_exists(pk)',
        ...updateFields(set, remove),
      }),
    ),
  );

/** What decides, besides its status, whether residents see a trail. */
export type TrailVisibility = Pick<TrailRecord, 'projectHidden' | 'hidden' | 'openFlags'>;

/**
 * The update that writes what decides whether residents see the trail (`next` is the trail with
 * `changes`), and puts it on or takes it off the public listing to match. Only these fields are
 * written, so a concurrent change to the stops is never overwritten; a trail deleted meanwhile
 * stays deleted. With `expected` (moderation's writes), it also requires the trail as it was read:
 * the same status (the listing follows it) and, when asked, not hidden yet (a hide by reports
 * happens once).
 */
const visibilityUpdate = (
  tableName: string,
  trail: TrailRecord,
  changes: Partial<TrailVisibility>,
  expected?: { notHidden: boolean },
) => {
  const next: TrailRecord = { ...trail, ...changes };
  const listing =
    isPublic(next) && next.publishedAt ? trailKeys.publishedListing(next.publishedAt, next.id) : undefined;
  // Off the listing unless public: removing kindPk/kindSk takes it out of the byKind index.
  const fields = updateFields({ ...changes, ...(listing ?? { kindPk: undefined, kindSk: undefined }) });
  const update = {
    TableName: tableName,
    Key: trailKeys.trail(trail.id),
    ...fields,
    ConditionExpression: 'attribute_exists(pk)',
  };
  if (!expected) return { update, next };
  return {
    next,
    update: {
      ...update,
      ConditionExpression: `attribute_exists(pk) AND #status = :expectedStatus${expected.notHidden ? ' AND attribute_not_exists(#hidden)' : ''}`,
      ExpressionAttributeNames: { ...fields.ExpressionAttributeNames, '#status': 'status', '#hidden': 'hidden' },
      ExpressionAttributeValues: { ...fields.ExpressionAttributeValues, ':expectedStatus': trail.status },
    },
  };
};

/** Writes a trail's visibility fields (see `visibilityUpdate`); returns the trail as it now is. */
export const saveTrailVisibility = async (deps: Db, trail: TrailRecord, changes: Partial<TrailVisibility>) => {
  const { update, next } = visibilityUpdate(deps.tableName, trail, changes);
  await writeIf(deps.db.send(new UpdateCommand(update)));
  return next;
};

// Moderation (functions/moderation/ keeps the reports and the queue entry; the count is the trail's).

/** Transaction item: a trail's visibility changed over the state that was read. */
export const trailVisibilityChange = (
  tableName: string,
  trail: TrailRecord,
  changes: Partial<TrailVisibility>,
  { notHidden }: { notHidden: boolean },
): { write: TransactItem; next: TrailRecord } => {
  const { update, next } = visibilityUpdate(tableName, trail, changes, { notHidden });
  return { write: { Update: update }, next };
};

/** Transaction item: one more open report on a trail. */
export const countTrailReport = (tableName: string, id: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: trailKeys.trail(id),
    UpdateExpression: 'ADD openFlags :one',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':one': 1 },
  },
});

export type TrailSummaryFields = Pick<TrailRecord, 'stopCount' | 'start' | 'distanceMetres' | 'walkingMinutes'>;

/**
 * Writes the trail item's summary (for lists and the map), only over the version it was computed
 * from: a refresh that read an older state must not overwrite a newer one (the change that moved
 * the version refreshes after it). Does not move the version.
 */
export const saveTrailSummary = async (
  deps: Db,
  trail: Pick<TrailRecord, 'id' | 'version'>,
  { stopCount, start, distanceMetres, walkingMinutes }: TrailSummaryFields,
) => {
  await writeIf(
    deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: trailKeys.trail(trail.id),
        UpdateExpression: start
          ? 'SET stopCount = :count, distanceMetres = :distance, walkingMinutes = :minutes, #start = :start'
          : 'SET stopCount = :count, distanceMetres = :distance, walkingMinutes = :minutes REMOVE #start',
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#start': 'start' },
        ExpressionAttributeValues: {
          ':version': trail.version,
          ':count': stopCount,
          ':distance': distanceMetres,
          ':minutes': walkingMinutes,
          ...(start ? { ':start': start } : {}),
        },
      }),
    ),
  );
};

/** Deletes every item of a trail's collection; the trail item goes last, so an interrupted delete can be retried. */
export const deleteTrailCollection = async (deps: Db, id: string) => {
  const keys = await queryAll<{ pk: string; sk: string }>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': trailKeys.collection(id) },
    ProjectionExpression: 'pk, sk',
    ...CONSISTENT_READ,
  });
  const isTrailKey = (key: { sk: string }) => key.sk === trailSortKeys.trail;
  const ordered = [...keys.filter((key) => !isTrailKey(key)), ...keys.filter(isTrailKey)];
  for (let i = 0; i < ordered.length; i += 100)
    await transact(
      deps,
      ordered.slice(i, i + 100).map((Key) => ({ Delete: { TableName: deps.tableName, Key } })),
    );
};
