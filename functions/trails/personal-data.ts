import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { inBatch } from '../platform/work.ts';
import { removeStopOnErasure } from './edit-stops.ts';
import { trailShownChanged } from './public-paths.ts';
import {
  dropProposal,
  getStop,
  listMediaPlacedBy,
  listProposalsOf,
  listStopsOf,
  saveMediaOfErasedPerson,
  saveStopOfErasedPerson,
} from './store.ts';

const ANONYMOUS = 'Anonyme';

/**
 * Trails' share of a person's data: the stops they wrote, the media they placed at stops, and
 * their contributions waiting for review. On erasure, waiting contributions go; stops follow the
 * contributions choice (credited, anonymous, or withdrawn from their trails); media placed at
 * stops follow the media's own erasure (media-uses), so only their link to the person goes here.
 */
export const trailsPersonalData: PersonalDataPart = {
  name: 'trails',
  export: async (deps, user) => {
    const [stops, media, proposals] = await Promise.all([
      listStopsOf(deps, user.id),
      listMediaPlacedBy(deps, user.id),
      listProposalsOf(deps, user.id),
    ]);
    return {
      stops,
      mediaAtStops: media.map(({ trailId, stopId, mediaId, addedAt }) => ({ trailId, stopId, mediaId, addedAt })),
      proposals: proposals.map(({ media: proposed, ...proposal }) => ({
        ...proposal,
        mediaIds: proposed.map((m) => m.mediaId),
      })),
    };
  },
  erase: async (deps, { user, contributions, limit }) => {
    // Each item handled here leaves the person's listings, so these lists are what remains.
    const [proposals, placed, stops] = await Promise.all([
      listProposalsOf(deps, user.id),
      listMediaPlacedBy(deps, user.id),
      listStopsOf(deps, user.id),
    ]);
    return inBatch(
      [
        ...proposals.map((proposal) => () => dropProposal(deps, proposal)),
        ...placed.map((use) => () => saveMediaOfErasedPerson(deps, { ...use, addedBy: 'erased' })),
        ...stops.map((found) => async () => {
          // Read again: the list comes from an index, which may lag behind the stop.
          const stop = await getStop(deps, found.trailId, found.id);
          if (!stop || stop.contributedBy === 'erased') return;
          if (contributions === 'withdraw') return removeStopOnErasure(deps, stop);
          await saveStopOfErasedPerson(deps, {
            ...stop,
            contributedBy: 'erased',
            contributorName: contributions === 'keep-anonymous' ? ANONYMOUS : stop.contributorName,
          });
          // The stop's credit changed on the trail's page and exports.
          await trailShownChanged(deps, stop.trailId);
        }),
      ],
      limit,
    );
  },
};
