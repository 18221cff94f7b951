import { getMedia, mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { getItem } from '../projects/public.ts';
import { type CheckedMedia, requireAccessibleOnPublished } from './contribution-media.ts';
import { isAllowedByPolicy, licenceOutsidePolicy } from './licence-policy.ts';
import type { ProposalRecord } from './proposals.ts';
import type { StopRecord } from './schema.ts';
import { refreshTrailSummary, trailKeys, transact } from './store.ts';
import { requireTrailSteward } from './trail-access.ts';
import { appendStopWrites, putStopMedia, stopMediaRecords, touchTrail } from './write-stop.ts';

const proposalOrThrow = async (deps: AppDeps, trailId: string, proposalId: string) => {
  const proposal = await getItem<ProposalRecord>(deps, trailKeys.proposal(trailId, proposalId));
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
  const settle = {
    Delete: {
      TableName: deps.tableName,
      Key: trailKeys.proposal(trailId, proposalId),
      ConditionExpression: 'attribute_exists(pk)',
    },
  };
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
    written = await transact(deps, [
      settle,
      ...appendStopWrites(deps.tableName, stop, stopMediaRecords(stop, current, by)),
    ]);
  } else {
    const stopId = String(proposal.stopId);
    if (!(await getItem(deps, trailKeys.stop(trailId, stopId))))
      throw new AppError('conflict', 'The stop this medium was proposed for has been removed.');
    const uses = stopMediaRecords({ id: stopId, trailId }, current, by);
    written = await transact(deps, [
      settle,
      ...uses.map((use) => putStopMedia(deps.tableName, use)),
      touchTrail(deps.tableName, trailId, now),
    ]);
  }
  if (!written) throw new AppError('conflict', 'This proposal was reviewed meanwhile, or its medium is already there.');
  await refreshTrailSummary(deps, trailId);
};

/** A steward declines a contribution; the contributor's media stay theirs, untouched. */
export const rejectProposal = async (
  deps: AppDeps,
  { viewer, trailId, proposalId }: { viewer: Viewer; trailId: string; proposalId: string },
) => {
  await requireTrailSteward(deps, trailId, viewer);
  await proposalOrThrow(deps, trailId, proposalId);
  await transact(deps, [{ Delete: { TableName: deps.tableName, Key: trailKeys.proposal(trailId, proposalId) } }]);
};
