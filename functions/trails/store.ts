import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mediaUseKeys } from '../media/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { withoutKeys } from '../platform/item-keys.ts';
import { queryAll } from '../platform/query-all.ts';
import { type TransactItem, transact } from '../platform/transact.ts';
import type { StopMediaRecord, StopRecord, TrailRecord } from './schema.ts';
import { trailRoute } from './trail-geometry.ts';

export { type TransactItem, transact };

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * Key formats of trails; the only place that knows them. A trail is one item collection: `T#…`
 * items are its public page (the trail, its stops, the media at each stop: one Query), `X#…`
 * private ones (contributions waiting for review).
 */
export const trailKeys = {
  collection: (id: string) => `TRAIL#${id}`,
  trail: (id: string) => ({ pk: `TRAIL#${id}`, sk: 'T#TRAIL' }),
  stop: (id: string, stopId: string) => ({ pk: `TRAIL#${id}`, sk: `T#STOP#${stopId}` }),
  stopMedia: (id: string, stopId: string, mediaId: string) => ({
    pk: `TRAIL#${id}`,
    sk: `T#MEDIA#${stopId}#${mediaId}`,
  }),
  proposal: (id: string, proposalId: string) => ({ pk: `TRAIL#${id}`, sk: `X#PROPOSAL#${proposalId}` }),
  flag: (id: string, reporterKey: string) => ({ pk: `TRAIL#${id}`, sk: `X#FLAG#${reporterKey}` }),
  /**
   * The trail's entry in the moderation queue shared with media and projects (byKind), while it
   * has reports: an item of its own, because the trail item's byKind slot is its public listing.
   */
  moderationEntry: (id: string) => ({ pk: `TRAIL#${id}`, sk: 'X#MODERATION' }),
  moderationListing: (firstReportAt: string, id: string) => ({
    kindPk: 'MODERATION',
    kindSk: `${firstReportAt}#trail#${id}`,
  }),
  /** byKind: published trails, most recently published first (lists, map, home). */
  publishedListing: (publishedAt: string, id: string) => ({
    kindPk: 'TRAILS#published',
    kindSk: `${publishedAt}#${id}`,
  }),
  /** byOwner: a project's trails, drafts included (its members' editor list). */
  ofProject: (slug: string, id: string) => ({ ownerPk: `PROJECT#${slug}`, ownerSk: `TRAIL#${id}` }),
  /** byOwner: what a person gave to trails (stops, media at stops, proposals), for My data. */
  ofPerson: (userId: string, what: 'STOP' | 'MEDIA' | 'PROPOSAL', rest: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `TRAIL_${what}#${rest}`,
  }),
};

/** Whether residents see the trail: published, and neither it nor its project hidden by moderation. */
export const isPublic = (trail: Pick<TrailRecord, 'status' | 'projectHidden' | 'hidden'>) =>
  trail.status === 'published' && !trail.projectHidden && !trail.hidden;

/** The stored trail item: the record plus the index keys its state puts it under. */
export const trailItem = (trail: TrailRecord) => ({
  ...withoutKeys(trail),
  ...trailKeys.trail(trail.id),
  ...trailKeys.ofProject(trail.projectSlug, trail.id),
  ...(isPublic(trail) && trail.publishedAt ? trailKeys.publishedListing(trail.publishedAt, trail.id) : {}),
});

export const stopItem = (stop: StopRecord) => ({
  ...withoutKeys(stop),
  ...trailKeys.stop(stop.trailId, stop.id),
  ...trailKeys.ofPerson(stop.contributedBy, 'STOP', `${stop.trailId}#${stop.id}`),
});

export const stopMediaItem = (use: StopMediaRecord) => ({
  ...withoutKeys(use),
  ...trailKeys.stopMedia(use.trailId, use.stopId, use.mediaId),
  ...mediaUseKeys(use.mediaId, `TRAIL#${use.trailId}#${use.stopId}`),
  ...trailKeys.ofPerson(use.addedBy, 'MEDIA', `${use.trailId}#${use.stopId}#${use.mediaId}`),
});

export const getTrail = async ({ db, tableName }: Db, id: string) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: trailKeys.trail(id) }))).Item as TrailRecord | undefined;

export interface TrailPage {
  trail: TrailRecord;
  /** In walking order. */
  stops: StopRecord[];
  media: StopMediaRecord[];
}

/** Splits the items of a trail collection into the trail, its stops in order and their media. Pure. */
export const toTrailPage = (items: Record<string, unknown>[]): TrailPage | undefined => {
  const trail = items.find((item) => item.sk === 'T#TRAIL') as TrailRecord | undefined;
  if (!trail) return undefined;
  const byId = new Map(
    items.filter((item) => String(item.sk).startsWith('T#STOP#')).map((item) => [item.id as string, item]),
  );
  const stops = trail.stopOrder.flatMap((id) => (byId.has(id) ? [byId.get(id) as unknown as StopRecord] : []));
  const media = items.filter((item) => String(item.sk).startsWith('T#MEDIA#')) as unknown as StopMediaRecord[];
  return { trail, stops, media };
};

/** The trail with its stops and their media: one Query (the `T#` items of its collection). */
export const getTrailPage = async (deps: Db, id: string) =>
  toTrailPage(
    await queryAll(deps, {
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :t)',
      ExpressionAttributeValues: { ':pk': trailKeys.collection(id), ':t': 'T#' },
    }),
  );

/** Items of a trail under a private prefix (`X#PROPOSAL#`), oldest first. */
export const queryTrailPrivate = (deps: Db, id: string, prefix: string) =>
  queryAll(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': trailKeys.collection(id), ':prefix': prefix },
  });

/** What lists and the map read of a trail item. */
export const SUMMARY_FIELDS = [
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
    ExpressionAttributeValues: { ':kind': 'TRAILS#published' },
    ScanIndexForward: false,
    ...summaryProjection,
  });

/** A project's trails, drafts included (byOwner). */
export const listTrailsOfProject = (deps: Db, slug: string) =>
  queryAll<TrailSummaryRecord>(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': `PROJECT#${slug}`, ':prefix': 'TRAIL#' },
    ...summaryProjection,
  });

/** Everything of one kind a person gave to trails (byOwner). */
export const listOfPerson = (deps: Db, userId: string, what: 'STOP' | 'MEDIA' | 'PROPOSAL') =>
  queryAll(deps, {
    TableName: deps.tableName,
    IndexName: 'byOwner',
    KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
    ExpressionAttributeValues: { ':owner': `USER#${userId}`, ':prefix': `TRAIL_${what}#` },
  });

/**
 * Brings the trail item's summary (stop count, start, distance, walking time) up to date after
 * a change to its stops or route, so lists and the map stay one read. Does not move the version.
 * Every change to the stops moves the version and then refreshes, so the last refresh to write
 * is always one that read the latest stops.
 */
export const refreshTrailSummary = async (deps: Db, id: string) => {
  const page = await getTrailPage(deps, id);
  if (!page) return;
  const { distanceMetres, walkingMinutes } = trailRoute(page.trail.drawnRoute, page.stops);
  const first = page.stops[0];
  await deps.db
    .send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: trailKeys.trail(id),
        UpdateExpression: first
          ? 'SET stopCount = :count, distanceMetres = :distance, walkingMinutes = :minutes, #start = :start'
          : 'SET stopCount = :count, distanceMetres = :distance, walkingMinutes = :minutes REMOVE #start',
        // Only over the version it was computed from: a refresh that read an older state must not
        // overwrite a newer one (the change that moved the version refreshes after it).
        ConditionExpression: 'version = :version',
        ExpressionAttributeNames: { '#start': 'start' },
        ExpressionAttributeValues: {
          ':version': page.trail.version,
          ':count': page.stops.length,
          ':distance': distanceMetres,
          ':minutes': walkingMinutes,
          ...(first ? { ':start': { lat: first.lat, lng: first.lng } } : {}),
        },
      }),
    )
    .catch((error: Error) => {
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
};

/** Transaction item: the trail's version moves on (with a new stop order when given), if still at `version`. */
export const bumpVersion = (
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
