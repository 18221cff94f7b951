import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { activityEntry } from './activity.ts';
import { requireSteward } from './project-access.ts';
import { admitMember, getItem, projectKeys, queryCollection, transact } from './store.ts';

interface JoinRequest {
  userId: string;
  attributionName: string;
  message?: string;
  createdAt: string;
}

/** Pending requests to join, oldest first (stewards only). */
export const listJoinRequests = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  await requireSteward(deps, slug, viewer);
  const { items } = await queryCollection(deps, slug, 'X#REQUEST#', { oldestFirst: true });
  return (items as unknown as JoinRequest[]).map(({ userId, attributionName, message, createdAt }) => ({
    userId,
    attributionName,
    message,
    createdAt,
  }));
};

/**
 * A steward accepts or refuses a request. Accepting deletes the request and creates the
 * membership in one transaction conditioned on the request still existing: two stewards
 * accepting at once make exactly one membership, the other gets a 409.
 */
export const decideJoinRequest = async (
  deps: AppDeps,
  { viewer, slug, userId, accept }: { viewer: Viewer; slug: string; userId: string; accept: boolean },
) => {
  await requireSteward(deps, slug, viewer);
  const request = await getItem<JoinRequest>(deps, projectKeys.joinRequest(slug, userId));
  if (!request) throw new AppError('conflict', 'This request was already answered (or withdrawn).');
  const now = deps.clock.now().toISOString();
  const removeRequest = {
    Delete: {
      TableName: deps.tableName,
      Key: projectKeys.joinRequest(slug, userId),
      ConditionExpression: 'attribute_exists(pk)',
    },
  };
  const done = await transact(
    deps,
    accept
      ? [
          removeRequest,
          ...admitMember(deps.tableName, {
            slug,
            userId,
            role: 'member',
            attributionName: request.attributionName,
            joinedAt: now,
          }),
          activityEntry(deps.tableName, slug, {
            at: now,
            actorName: viewer.attributionName,
            action: 'accepted',
            detail: request.attributionName,
          }),
        ]
      : [
          removeRequest,
          // The log is public: who was refused is nobody else's business.
          activityEntry(deps.tableName, slug, { at: now, actorName: viewer.attributionName, action: 'refused' }),
        ],
  );
  if (!done) throw new AppError('conflict', 'This request was already answered.');
  return { outcome: accept ? ('accepted' as const) : ('refused' as const) };
};
