/**
 * Key formats of projects; the only place that knows them. A project is one item collection:
 * `P#…` items are what its public page shows (one Query), `J#` its journal, `L#` its activity
 * log, `X#…` private items (join requests, invitations, followers; moderation's reports).
 */
export const projectKeys = {
  collection: (slug: string) => `PROJECT#${slug}`,
  project: (slug: string) => ({ pk: `PROJECT#${slug}`, sk: 'P#PROJECT' }),
  member: (slug: string, userId: string) => ({ pk: `PROJECT#${slug}`, sk: `P#MEMBER#${userId}` }),
  media: (slug: string, mediaId: string) => ({ pk: `PROJECT#${slug}`, sk: `P#MEDIA#${mediaId}` }),
  post: (slug: string, createdAt: string, postId: string) => ({
    pk: `PROJECT#${slug}`,
    sk: `J#${createdAt}#${postId}`,
  }),
  activity: (slug: string, at: string, id: string) => ({ pk: `PROJECT#${slug}`, sk: `L#${at}#${id}` }),
  joinRequest: (slug: string, userId: string) => ({ pk: `PROJECT#${slug}`, sk: `X#REQUEST#${userId}` }),
  invitation: (slug: string, email: string) => ({ pk: `PROJECT#${slug}`, sk: `X#INVITE#${email}` }),
  follower: (slug: string, userId: string) => ({ pk: `PROJECT#${slug}`, sk: `X#FOLLOWER#${userId}` }),
  /** byOwner: what a person does in projects (memberships, requests, posts, follows). */
  ofPerson: (userId: string, what: PersonPart, rest: string) => ({
    ownerPk: `USER#${userId}`,
    ownerSk: `PROJECT_${what}#${rest}`,
  }),
  /** byKind: public projects (the daily full rebuild of the search index walks it). */
  publicListing: (slug: string) => ({ kindPk: 'PROJECTS#public', kindSk: slug }),
  /** byKind: journal posts of the last days, for the followers' digest. */
  recentPost: (createdAt: string, slug: string, postId: string) => ({
    kindPk: 'JOURNAL',
    kindSk: `${createdAt}#${slug}#${postId}`,
  }),
  /** One-click unsubscribe links resolve through this (the token is stored hashed). */
  unsubscribe: (tokenHash: string) => ({ pk: `UNSUBSCRIBE#${tokenHash}`, sk: 'UNSUBSCRIBE' }),
  /** The compact search index of public projects: one item. */
  searchIndex: () => ({ pk: 'INDEX', sk: 'PROJECTS' }),
  /** Where a medium is used (media's byLookup index): in a project's library, or in a journal post. */
  libraryUse: (slug: string) => `PROJECT#${slug}`,
  postUse: (slug: string, postId: string) => `POST#${slug}#${postId}`,
};

/** What a person does in projects, as kept under their byOwner partition. */
export type PersonPart = 'MEMBERSHIP' | 'REQUEST' | 'POST' | 'FOLLOW';

/** Sort-key prefixes of the parts of a project's collection. */
export const collectionParts = {
  page: 'P#',
  project: 'P#PROJECT',
  members: 'P#MEMBER#',
  library: 'P#MEDIA#',
  journal: 'J#',
  activity: 'L#',
  joinRequests: 'X#REQUEST#',
  followers: 'X#FOLLOWER#',
} as const;

export const ownerPkOf = (userId: string) => `USER#${userId}`;
export const personPrefix = (what: PersonPart) => `PROJECT_${what}#`;
export const RECENT_POSTS = 'JOURNAL';
