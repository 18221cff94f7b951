import { randomUUID } from 'node:crypto';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { notifyStewardsOfProposal } from './notify-stewards.ts';
import type { ProposalRecord, TrailRecord } from './schema.ts';
import { saveProposal } from './store.ts';

/** What stewards see of a proposal. Pure. */
export const toProposalView = (proposal: ProposalRecord) => ({
  id: proposal.id,
  kind: proposal.kind,
  proposedBy: proposal.proposerName,
  proposedAt: proposal.proposedAt,
  stop: proposal.stop
    ? { ...proposal.stop, contributorName: proposal.proposerName, media: proposal.media.map(({ card }) => card) }
    : undefined,
  stopId: proposal.stopId,
  media: proposal.kind === 'media' ? proposal.media[0]?.card : undefined,
});

/**
 * A contributor's stop or medium waits for review (review-first trails): stored as a proposal,
 * and the stewards are told. Returns the proposal's id.
 */
export const propose = async (
  deps: AppDeps,
  {
    trail,
    viewer,
    at,
    contribution,
  }: {
    trail: TrailRecord;
    viewer: Viewer;
    at: string;
    contribution: Pick<ProposalRecord, 'kind' | 'stop' | 'stopId' | 'media'>;
  },
): Promise<string> => {
  const id = randomUUID();
  const proposal: ProposalRecord = {
    id,
    trailId: trail.id,
    proposedBy: viewer.id,
    proposerName: viewer.attributionName,
    proposedAt: at,
    ...contribution,
  };
  await saveProposal(deps, proposal);
  await notifyStewardsOfProposal(deps, {
    trail,
    proposerName: viewer.attributionName,
    what: contribution.kind === 'stop' ? 'un arrêt' : 'un média',
  });
  return id;
};
