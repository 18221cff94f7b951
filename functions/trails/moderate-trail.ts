import { reporterKey } from '../moderation/reporter.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { TrailRecord } from './schema.ts';
import { getTrail, isPublic, queryTrailPrivate, trailKeys, transact } from './store.ts';
import { trailOrThrow } from './trail-access.ts';
import { updateTrailVisibility } from './trail-visibility.ts';

const REPORTED = 'Reported by several people; waiting for review.';

/**
 * Anyone reports a public trail (a stop's text, its whole), once per person or network. The
 * report joins the moderation queue shared with media and projects; after the configured number
 * of reports the trail is hidden until an admin reviews it: moderation after the fact.
 */
export const flagTrail = async (
  deps: AppDeps,
  { trailId, reason, viewer, clientIp }: { trailId: string; reason: string; viewer: Viewer | null; clientIp: string },
): Promise<{ hidden: boolean }> => {
  const trail = await getTrail(deps, trailId);
  if (!trail || (!isPublic(trail) && !trail.hidden)) throw new AppError('not-found', `There is no trail "${trailId}".`);
  const key = await reporterKey(deps, { viewer, clientIp });
  const now = deps.clock.now().toISOString();
  const { kindPk, kindSk } = trailKeys.moderationListing(now, trailId);
  const reported = await transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: { ...trailKeys.flag(trailId, key), trailId, reason, createdAt: now },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: deps.tableName,
        Key: trailKeys.trail(trailId),
        UpdateExpression: 'ADD openFlags :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
      },
    },
    {
      // Queued at its first report: the oldest reports are reviewed first.
      Update: {
        TableName: deps.tableName,
        Key: trailKeys.moderationEntry(trailId),
        UpdateExpression: 'SET kindPk = :kind, kindSk = if_not_exists(kindSk, :sk), trailId = :id',
        ExpressionAttributeValues: { ':kind': kindPk, ':sk': kindSk, ':id': trailId },
      },
    },
  ]);
  if (!reported) throw new AppError('conflict', 'You have already reported this trail; the city will review it.');
  const after = await getTrail(deps, trailId);
  if (after && !after.hidden && (after.openFlags ?? 0) >= deps.config.flagsToHide) {
    await updateTrailVisibility(deps, trailId, { hidden: { reason: REPORTED, at: now } });
    return { hidden: true };
  }
  return { hidden: Boolean(after?.hidden) };
};

/** Closes the review: the reports go, and the trail leaves the queue. */
const closeReview = async (deps: AppDeps, trailId: string) => {
  const keys = [
    ...(await queryTrailPrivate(deps, trailId, 'X#FLAG#')),
    ...(await queryTrailPrivate(deps, trailId, 'X#MODERATION')),
  ];
  for (const { pk, sk } of keys) await transact(deps, [{ Delete: { TableName: deps.tableName, Key: { pk, sk } } }]);
};

/** Admins hide a trail with a reason its stewards read in the editor; the reports are resolved. */
export const hideTrail = async (deps: AppDeps, { trailId, reason }: { trailId: string; reason: string }) => {
  await trailOrThrow(deps, trailId);
  await closeReview(deps, trailId);
  return (await updateTrailVisibility(deps, trailId, {
    hidden: { reason, at: deps.clock.now().toISOString() },
    openFlags: undefined,
  })) as TrailRecord;
};

/** Admins show a hidden or reported trail again; the reports are resolved. */
export const restoreTrail = async (deps: AppDeps, { trailId }: { trailId: string }) => {
  await trailOrThrow(deps, trailId);
  await closeReview(deps, trailId);
  return (await updateTrailVisibility(deps, trailId, { hidden: undefined, openFlags: undefined })) as TrailRecord;
};

/** How a reported trail appears in the shared moderation queue. */
export const describeTrailForQueue = async (deps: AppDeps, trailId: string) => {
  const trail = await getTrail(deps, trailId);
  if (!trail) return undefined;
  const flags = await queryTrailPrivate(deps, trailId, 'X#FLAG#');
  return {
    kind: 'trail' as const,
    trail: {
      id: trail.id,
      title: trail.title,
      projectSlug: trail.projectSlug,
      hidden: trail.hidden,
      openFlags: trail.openFlags ?? 0,
    },
    flags: flags
      .map((flag) => ({ reason: String(flag.reason), createdAt: String(flag.createdAt) }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
};
