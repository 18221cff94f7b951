import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { checkContributionMedia } from './contribution-media.ts';
import { propose } from './proposals.ts';
import { trailShownChanged } from './public-paths.ts';
import { addMediaToStop } from './store.ts';
import { requireTrailContributor, stopOrThrow } from './trail-access.ts';
import { stopMediaRecords } from './write-stop.ts';

/** Adds one of the viewer's media to a stop; like stops, it waits for review on review-first trails. */
export const contributeStopMedia = async (
  deps: AppDeps,
  { viewer, trailId, stopId, mediaId }: { viewer: Viewer; trailId: string; stopId: string; mediaId: string },
): Promise<{ outcome: 'published' | 'proposed'; stopId: string; proposalId?: string }> => {
  const { trail, steward } = await requireTrailContributor(deps, trailId, viewer);
  await stopOrThrow(deps, trailId, stopId);
  const media = await checkContributionMedia(deps, { viewer, trail, mediaIds: [mediaId], field: () => 'mediaId' });
  const now = deps.clock.now().toISOString();
  if (!steward && trail.moderationMode === 'review-first') {
    const proposalId = await propose(deps, { trail, viewer, at: now, contribution: { kind: 'media', stopId, media } });
    return { outcome: 'proposed', stopId, proposalId };
  }
  const uses = stopMediaRecords({ id: stopId, trailId }, media, { addedBy: viewer.id, addedAt: now });
  const added = await addMediaToStop(deps, trailId, uses, now);
  if (!added)
    throw new AppError('conflict', 'This medium is already at this stop.', {
      extensions: { reason: 'already-there', mediaId },
    });
  await trailShownChanged(deps, trailId);
  return { outcome: 'published', stopId };
};
