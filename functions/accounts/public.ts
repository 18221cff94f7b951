/**
 * What other features may use of accounts: who a person is, by id or e-mail, and the viewer
 * a seeder acts as. Everything else in this folder is the feature's own.
 */
export { EmailSchema } from './schema.ts';
export { viewerOf } from './sessions.ts';
export { getUser, getUserIdByEmail } from './store.ts';
