import type { CheckedMedia } from './contribution-media.ts';
import type { StopRecord } from './schema.ts';
import { trailKeys } from './store.ts';

/** A contribution waiting for a steward's review (review-first trails): `X#PROPOSAL#<id>`. */
export interface ProposalRecord {
  id: string;
  trailId: string;
  kind: 'stop' | 'media';
  proposedBy: string;
  proposerName: string;
  proposedAt: string;
  /** A proposed stop (kind `stop`), without its trail-side fields. */
  stop?: Pick<StopRecord, 'id' | 'title' | 'text' | 'lat' | 'lng' | 'radius'>;
  /** The stop a medium is proposed for (kind `media`). */
  stopId?: string;
  media: CheckedMedia[];
}

export const proposalItem = (proposal: ProposalRecord) => ({
  ...proposal,
  ...trailKeys.proposal(proposal.trailId, proposal.id),
  ...trailKeys.ofPerson(proposal.proposedBy, 'PROPOSAL', `${proposal.trailId}#${proposal.id}`),
});

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
