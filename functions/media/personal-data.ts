import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { deleteMediaForGood } from './delete-media.ts';
import { refreshMediaUses } from './media-uses.ts';
import { toOwnMedia } from './media-views.ts';
import { contributorShownChanged, mediumShownChanged } from './public-paths.ts';
import { allMediaOfOwner, replaceMedia } from './store.ts';

/**
 * A citizen's media in their export (records and links), and on erasure: published media stay
 * credited to their attribution name, stay credited "anonymous", or are withdrawn (deleted);
 * anything unpublished is deleted in every case.
 */
export const mediaPersonalData: PersonalDataPart = {
  name: 'media',
  export: async (deps, user) => (await allMediaOfOwner(deps, user.id)).map(toOwnMedia),
  erase: async (deps, { user, contributions }) => {
    // Their public page goes (the account is erased), whatever becomes of their media.
    await contributorShownChanged(deps, user.id);
    for (const record of await allMediaOfOwner(deps, user.id)) {
      const published = record.status === 'ready' || record.status === 'hidden';
      if (!published || contributions === 'withdraw') {
        await deleteMediaForGood(deps, record);
        continue;
      }
      // Kept: no personal data beyond the credit they chose; consent statements are dropped.
      const kept = {
        ...record,
        anonymous: contributions === 'keep-anonymous',
        ownerErased: true,
        consent: record.consent ? { ...record.consent, statement: undefined } : undefined,
        updatedAt: deps.clock.now().toISOString(),
      };
      await replaceMedia(deps, kept, [record.status]);
      await refreshMediaUses(deps, record.id, kept);
      await mediumShownChanged(deps, kept);
    }
  },
};
