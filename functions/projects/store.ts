/**
 * The projects store: the only code that knows how projects are kept in the table. Use cases
 * read records and call named writes from here; keys, conditions and transaction items stay in
 * `store/` — keys.ts (key formats), projects.ts (the project and its page), members.ts
 * (membership and its counters), requests.ts (requests to join, invitations), followers.ts,
 * journal.ts (posts and library), activity-log.ts, person.ts (one person's items, byOwner),
 * search-index.ts.
 */

/** Kept for moderate-project.ts, which still builds its own transaction items. */
export { type TransactItem, transact } from '../platform/transact.ts';
export { logLine as activityEntry, readActivityPage } from './store/activity-log.ts';
export { addFollower, findUnsubscribeLink, getFollower, listFollowers, removeFollower } from './store/followers.ts';
export {
  addJournalPost,
  addToLibrary,
  deletePost,
  detachPostFromAuthor,
  listPostsSince,
  readJournalPage,
} from './store/journal.ts';
export { projectKeys } from './store/keys.ts';
export {
  acceptJoinRequest,
  admitInvited,
  admitMember,
  archiveWithLastMember,
  deleteMember,
  dropMember,
  getMember,
  handOverStewardship,
  listMembers,
  listStewards,
  refuseJoinRequest,
  saveMemberRole,
} from './store/members.ts';
export { followsOf, joinRequestsOf, listMembershipsOf, postsOf } from './store/person.ts';
export {
  countProjectReport,
  getProject,
  getProjectPage,
  insertProject,
  isListedPublicly,
  type ProjectPage,
  projectItem,
  saveProject,
  saveProjectOver,
} from './store/projects.ts';
export { getItem, listOfPerson, queryCollection } from './store/raw-reads.ts';
export type { Page } from './store/reads.ts';
export {
  addJoinRequest,
  deleteJoinRequest,
  getInvitation,
  getJoinRequest,
  listJoinRequests,
  putInvitation,
} from './store/requests.ts';
export { readSearchIndex, type SearchIndex, writeSearchIndex } from './store/search-index.ts';
