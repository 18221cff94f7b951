import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireSteward } from './project-access.ts';
import { projectShownChanged } from './public-paths.ts';
import { acceptJoinRequest, getJoinRequest, listJoinRequests, refuseJoinRequest } from './store.ts';

/** Pending requests to join, oldest first (stewards only; never cached). */
export const readJoinRequests = async (deps: AppDeps, { viewer, slug }: { viewer: Viewer; slug: string }) => {
  await requireSteward(deps, slug, viewer);
  const requests = await listJoinRequests(deps, slug);
  return {
    view: {
      items: requests.map(({ userId, attributionName, message, createdAt }) => ({
        userId,
        attributionName,
        message,
        createdAt,
      })),
    },
    cache: 'private' as const,
  };
};

/**
 * A steward accepts or refuses a request. Two stewards answering at once: exactly one answer
 * counts (the store consumes the request in the same transaction), the other gets a 409.
 */
export const decideJoinRequest = async (
  deps: AppDeps,
  { viewer, slug, userId, accept }: { viewer: Viewer; slug: string; userId: string; accept: boolean },
) => {
  await requireSteward(deps, slug, viewer);
  const request = await getJoinRequest(deps, slug, userId);
  if (!request) throw new AppError('conflict', 'This request was already answered (or withdrawn).');
  const now = deps.clock.now().toISOString();
  const done = accept
    ? await acceptJoinRequest(
        deps,
        { slug, userId, role: 'member', attributionName: request.attributionName, joinedAt: now },
        { at: now, actorName: viewer.attributionName, action: 'accepted', detail: request.attributionName },
      )
    : // The log is public: who was refused is nobody else's business.
      await refuseJoinRequest(deps, slug, userId, { at: now, actorName: viewer.attributionName, action: 'refused' });
  if (!done) throw new AppError('conflict', 'This request was already answered.');
  // Members and counts on the page and in the lists; a refusal shows in the public log.
  await projectShownChanged(deps, slug);
  return { outcome: accept ? ('accepted' as const) : ('refused' as const) };
};
