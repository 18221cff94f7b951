import type { PersonalDataPart } from '../accounts/personal-data.ts';
import { withoutKeys } from '../platform/item-keys.ts';
import { getItem } from '../projects/public.ts';
import { removeStopOnErasure } from './edit-stops.ts';
import type { StopRecord } from './schema.ts';
import { listOfPerson, stopItem, transact } from './store.ts';

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
    const [stops, media, proposals] = await Promise.all(
      (['STOP', 'MEDIA', 'PROPOSAL'] as const).map((what) => listOfPerson(deps, user.id, what)),
    );
    return {
      stops: stops?.map((stop) => withoutKeys(stop)),
      mediaAtStops: media?.map(({ trailId, stopId, mediaId, addedAt }) => ({ trailId, stopId, mediaId, addedAt })),
      proposals: proposals?.map(({ media: proposed, ...proposal }) => ({
        ...withoutKeys(proposal),
        mediaIds: (proposed as { mediaId: string }[]).map((m) => m.mediaId),
      })),
    };
  },
  erase: async (deps, { user, contributions }) => {
    for (const proposal of await listOfPerson(deps, user.id, 'PROPOSAL'))
      await transact(deps, [{ Delete: { TableName: deps.tableName, Key: { pk: proposal.pk, sk: proposal.sk } } }]);
    for (const use of await listOfPerson(deps, user.id, 'MEDIA')) {
      const { ownerPk, ownerSk, ...kept } = use;
      await transact(deps, [{ Put: { TableName: deps.tableName, Item: { ...kept, addedBy: 'erased' } } }]);
    }
    for (const found of await listOfPerson(deps, user.id, 'STOP')) {
      const stop = await getItem<StopRecord>(deps, { pk: String(found.pk), sk: String(found.sk) });
      if (!stop) continue;
      if (contributions === 'withdraw') {
        await removeStopOnErasure(deps, stop);
        continue;
      }
      const { ownerPk, ownerSk, ...kept } = stopItem({
        ...stop,
        contributedBy: 'erased',
        contributorName: contributions === 'keep-anonymous' ? ANONYMOUS : stop.contributorName,
      });
      await transact(deps, [{ Put: { TableName: deps.tableName, Item: kept } }]);
    }
  },
};
