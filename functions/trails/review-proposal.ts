import { getMedia, mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { type CheckedMedia, requireAccessibleOnPublished } from './contribution-media.ts';
import { isAllowedByPolicy, licenceOutsidePolicy } from './licence-policy.ts';
import { trailShownChanged } from './public-paths.ts';
import type { StopRecord } from './schema.ts';
import { acceptMediaProposal, acceptStopProposal, dropProposal, getProposal, getStop } from './store.ts';
import { requireTrailSteward } from './trail-access.ts';
import { refreshTrailSummary } from './trail-summary.ts';
import { stopMediaRecords } from './write-stop.ts';

const proposalOrThrow = async (deps: AppDeps, trailId: string, proposalId: string) => {
  const proposal = await getProposal(deps, trailId, proposalId);
  if (!proposal) throw new AppError('not-found', 'There is no such proposal (already reviewed?).');
  return proposal;
};

/**
 * A steward accepts a contribution: it joins the trail as its contributor made it, once its
 * media are checked again (still published, still under a licence the trail accepts).
 */
export const approveProposal = async (
  deps: AppDeps,
  { viewer, trailId, proposalId }: { viewer: Viewer; trailId: string; proposalId: string },
) => {
  const trail = await requireTrailSteward(deps, trailId, viewer);
  const proposal = await proposalOrThrow(deps, trailId, proposalId);
  // The media as they are now (a transcript may have been added since), checked again.
  const current: CheckedMedia[] = [];
  for (const { mediaId, card } of proposal.media) {
    const media = await getMedia(deps, mediaId);
    if (media?.status !== 'ready') throw new AppError('conflict', `“${card.title}” is no longer published.`);
    if (!isAllowedByPolicy(media.licence, trail.licencePolicy)) throw licenceOutsidePolicy(media, trail.licencePolicy);
    const fresh = mediaCard(media);
    requireAccessibleOnPublished(trail, fresh);
    current.push({ mediaId, card: fresh, size: media.size ?? 0 });
  }
  const now = deps.clock.now().toISOString();
  const by = { addedBy: proposal.proposedBy, addedAt: now };
  let written: boolean;
  if (proposal.kind === 'stop' && proposal.stop) {
    const stop: StopRecord = {
      ...proposal.stop,
      trailId,
      contributedBy: proposal.proposedBy,
      contributorName: proposal.proposerName,
      createdAt: now,
      updatedAt: now,
    };
    written = await acceptStopProposal(deps, proposal, stop, stopMediaRecords(stop, current, by));
  } else {
    const stopId = String(proposal.stopId);
    if (!(await getStop(deps, trailId, stopId)))
      throw new AppError('conflict', 'The stop this medium was proposed for has been removed.');
    written = await acceptMediaProposal(deps, proposal, stopMediaRecords({ id: stopId, trailId }, current, by), now);
  }
  if (!written) throw new AppError('conflict', 'This proposal was reviewed meanwhile, or its medium is already there.');
  await refreshTrailSummary(deps, trailId);
  await trailShownChanged(deps, trailId);
};

/** A steward declines a contribution; the contributor's media stay theirs, untouched. */
export const rejectProposal = async (
  deps: AppDeps,
  { viewer, trailId, proposalId }: { viewer: Viewer; trailId: string; proposalId: string },
) => {
  await requireTrailSteward(deps, trailId, viewer);
  await dropProposal(deps, await proposalOrThrow(deps, trailId, proposalId));
};
