/**
 * Key formats of trails; the only place that knows them. A trail is one item collection: `T#…`
 * items are its public page (the trail, its stops, the media at each stop: one Query), `X#…`
 * private ones (contributions waiting for review, reports).
 */

/** Sort keys inside a trail's collection, and the prefixes that select its parts. */
export const trailSortKeys = {
  /** Everything residents see of the trail: one Query. */
  page: 'T#',
  trail: 'T#TRAIL',
  stops: 'T#STOP#',
  stop: (stopId: string) => `T#STOP#${stopId}`,
  media: 'T#MEDIA#',
  mediaOfStop: (stopId: string) => `T#MEDIA#${stopId}#`,
  proposals: 'X#PROPOSAL#',
};

const collection = (id: string) => `TRAIL#${id}`;

export const PUBLISHED_LISTING = 'TRAILS#published';

/** What a person gives to trails, each kind under its own byOwner prefix. */
export type PersonalPart = 'STOP' | 'MEDIA' | 'PROPOSAL';

export const projectOwner = (slug: string) => `PROJECT#${slug}`;
/** The prefix of a project's trails under its byOwner partition. */
export const PROJECT_TRAILS_PREFIX = 'TRAIL#';
export const personOwner = (userId: string) => `USER#${userId}`;
export const personalPrefix = (what: PersonalPart) => `TRAIL_${what}#`;

export const trailKeys = {
  collection,
  trail: (id: string) => ({ pk: collection(id), sk: trailSortKeys.trail }),
  stop: (id: string, stopId: string) => ({ pk: collection(id), sk: trailSortKeys.stop(stopId) }),
  stopMedia: (id: string, stopId: string, mediaId: string) => ({
    pk: collection(id),
    sk: `${trailSortKeys.mediaOfStop(stopId)}${mediaId}`,
  }),
  /** Where a medium is used, as the media feature records its uses. */
  mediaUseAt: (id: string, stopId: string) => `${collection(id)}#${stopId}`,
  proposal: (id: string, proposalId: string) => ({ pk: collection(id), sk: `${trailSortKeys.proposals}${proposalId}` }),
  /** byKind: published trails, most recently published first (lists, map, home). */
  publishedListing: (publishedAt: string, id: string) => ({
    kindPk: PUBLISHED_LISTING,
    kindSk: `${publishedAt}#${id}`,
  }),
  /** byOwner: a project's trails, drafts included (its members' editor list). */
  ofProject: (slug: string, id: string) => ({ ownerPk: projectOwner(slug), ownerSk: collection(id) }),
  /** byOwner: what a person gave to trails (stops, media at stops, proposals), for My data. */
  ofPerson: (userId: string, what: PersonalPart, rest: string) => ({
    ownerPk: personOwner(userId),
    ownerSk: `${personalPrefix(what)}${rest}`,
  }),
};
