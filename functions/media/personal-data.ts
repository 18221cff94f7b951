import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { inBatch } from '../platform/work.ts';
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
  erase: async (deps, { user, contributions, limit }) => {
    // Their public page goes (the account is erased), whatever becomes of their media.
    await contributorShownChanged(deps, user.id);
    // Media kept for their credit are marked `ownerErased`: what remains is everything else.
    const remaining = (await allMediaOfOwner(deps, user.id)).filter((record) => !record.ownerErased);
    return inBatch(
      remaining.map((record) => async () => {
        const published = record.status === 'ready' || record.status === 'hidden';
        if (!published || contributions === 'withdraw') return deleteMediaForGood(deps, record);
        // Kept: no personal data beyond the credit they chose; consent statements are dropped, and
        // so is the loan it was recorded with (whose loan it was is theirs): off the kit's list too.
        const kept = {
          ...record,
          recordedWith: undefined,
          anonymous: contributions === 'keep-anonymous',
          ownerErased: true,
          consent: record.consent ? { ...record.consent, statement: undefined } : undefined,
          updatedAt: deps.clock.now().toISOString(),
        };
        await replaceMedia(deps, kept, [record.status]);
        await refreshMediaUses(deps, record.id, kept);
        // The record as it was names the kit whose list it left.
        await mediumShownChanged(deps, record);
      }),
      limit,
    );
  },
};
