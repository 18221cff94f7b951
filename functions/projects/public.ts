/**
 * What other features may use of projects (trails belong to a project): a project and its
 * members, the steward check, slugs, and the media a person may place in a project.
 */
export { requireSteward } from './project-access.ts';
export { ownReadyMedia } from './project-media.ts';
export { SlugSchema } from './schema.ts';
export { slugCandidates, slugify } from './slug.ts';
export { getItem, getMember, getProject, listOfPerson, queryCollection } from './store.ts';
