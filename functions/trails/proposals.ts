import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import type { CheckedMedia } from './contribution-media.ts';
import { notifyStewardsOfProposal } from './notify-stewards.ts';
import type { StopRecord, TrailRecord } from './schema.ts';
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
  await deps.db.send(new PutCommand({ TableName: deps.tableName, Item: proposalItem(proposal) }));
  await notifyStewardsOfProposal(deps, {
    trail,
    proposerName: viewer.attributionName,
    what: contribution.kind === 'stop' ? 'un arrêt' : 'un média',
  });
  return id;
};
