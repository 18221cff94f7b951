/**
 * What other features may use of projects (trails belong to a project): a project and its
 * members, the steward check, slugs, and the media a person may place in a project.
 */
export { requireSteward } from './project-access.ts';
export { ownReadyMedia } from './project-media.ts';
export { type MemberRecord, type ProjectRecord, SlugSchema } from './schema.ts';
export { slugCandidates, slugify } from './slug.ts';
/** Named reads: a project, one membership, a project's stewards, and a person's memberships. */
export { getMember, getProject, listMembershipsOf, listStewards } from './store.ts';
