import { mediaUseItem } from '../../media/public.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { trailPaths } from '../public-paths.ts';
import type { ProposalRecord, StopMediaRecord, StopRecord, TrailRecord } from '../schema.ts';
import { trailKeys, trailSortKeys } from './keys.ts';

/** Whether residents see the trail: published, and neither it nor its project hidden by moderation. */
export const isPublic = (trail: Pick<TrailRecord, 'status' | 'projectHidden' | 'hidden'>) =>
  trail.status === 'published' && !trail.projectHidden && !trail.hidden;

/** The stored trail item: the record plus the index keys its state puts it under. */
export const trailItem = (trail: TrailRecord) => ({
  ...withoutKeys(trail),
  ...trailKeys.trail(trail.id),
  ...trailKeys.ofProject(trail.projectSlug, trail.id),
  ...(isPublic(trail) && trail.publishedAt ? trailKeys.publishedListing(trail.publishedAt, trail.id) : {}),
});

/** A stop without its contributor's byOwner keys (what is left of it once they erased their account). */
export const unownedStopItem = (stop: StopRecord) => ({
  ...withoutKeys(stop),
  ...trailKeys.stop(stop.trailId, stop.id),
});

export const stopItem = (stop: StopRecord) => ({
  ...unownedStopItem(stop),
  ...trailKeys.ofPerson(stop.contributedBy, 'STOP', `${stop.trailId}#${stop.id}`),
});

/** A medium at a stop without its placer's byOwner keys (once they erased their account). */
export const unownedStopMediaItem = (use: StopMediaRecord) => ({
  ...withoutKeys(use),
  ...trailKeys.stopMedia(use.trailId, use.stopId, use.mediaId),
  ...mediaUseItem({
    card: use.card,
    where: trailKeys.mediaUseAt(use.trailId, use.stopId),
    hidden: use.mediaHidden,
    shownAt: trailPaths.page(use.trailId),
  }),
});

export const stopMediaItem = (use: StopMediaRecord) => ({
  ...unownedStopMediaItem(use),
  ...trailKeys.ofPerson(use.addedBy, 'MEDIA', `${use.trailId}#${use.stopId}#${use.mediaId}`),
});

export const proposalItem = (proposal: ProposalRecord) => ({
  ...proposal,
  ...trailKeys.proposal(proposal.trailId, proposal.id),
  ...trailKeys.ofPerson(proposal.proposedBy, 'PROPOSAL', `${proposal.trailId}#${proposal.id}`),
});

/** A record as read back: with the key it is stored under. */
type Stored<T> = T & { pk: string; sk: string };

/** The items of a trail's public page (`T#…`), told apart by their sort key. */
export type TrailPageItem = Stored<TrailRecord> | Stored<StopRecord> | Stored<StopMediaRecord>;

export const isTrail = (item: TrailPageItem): item is Stored<TrailRecord> => item.sk === trailSortKeys.trail;
export const isStop = (item: TrailPageItem): item is Stored<StopRecord> => item.sk.startsWith(trailSortKeys.stops);
export const isStopMedia = (item: TrailPageItem): item is Stored<StopMediaRecord> =>
  item.sk.startsWith(trailSortKeys.media);
