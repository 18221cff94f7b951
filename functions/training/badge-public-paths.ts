import type { AppDeps } from '../platform/deps.ts';
import { invalidatePublicPaths } from '../platform/edge-cache.ts';

/** The public reads of `badge-routes.ts` that show a person, as the edge caches them. */
export const badgePaths = {
  holder: (userId: string) => [`/api/training/holders/${userId}/certifications`],
};

/**
 * What a person's public page shows of their training changed: they chose to show it or not, a
 * certification was earned (quiz, attendance), granted or revoked, or their training was erased.
 * Each of those use cases calls this after its write, for that person's path only.
 */
export const holderCertificationsChanged = (deps: Pick<AppDeps, 'edgeCache'>, userId: string) =>
  invalidatePublicPaths(deps, badgePaths.holder(userId));
