import type { PersonalDataPart } from '../platform/personal-data-part.ts';
import { revokeFeed } from './manage-feed.ts';
import { getFeedOf } from './store.ts';

/**
 * The calendar feed's share of a person's data (`calendar-feed`): the export says whether they
 * have one, since when and in which language (its address is not kept, so not exported); the
 * erasure deletes it, its address stops answering.
 */
export const calendarFeedPersonalData: PersonalDataPart = {
  name: 'calendar-feed',
  export: async (deps, person) => {
    const feed = await getFeedOf(deps, person.id);
    return feed ? { active: true, createdAt: feed.createdAt, language: feed.language } : { active: false };
  },
  erase: async (deps, { user }) => {
    await revokeFeed(deps, user.id);
    return 'done';
  },
};
