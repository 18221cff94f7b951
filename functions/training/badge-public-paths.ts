import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';

/** The public reads of `badge-routes.ts` that show a person, as the edge caches them. */
export const badgePaths = {
  holder: (userId: string) => [`/api/training/holders/${userId}/certifications`],
};

/**
 * What a person's public page shows of their training changed: they chose to show it or not, or
 * a certification was earned, granted or revoked (core's use cases call this too).
 */
export const holderCertificationsChanged = (deps: Pick<AppDeps, 'edgeCache'>, userId: string) =>
  invalidatePublicPaths(deps, badgePaths.holder(userId));
