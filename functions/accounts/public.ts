/**
 * What other features may use of accounts: who a person is and their roles, and the viewer a demo seeder acts
 * as. Everything else in this folder is the feature's own.
 */
export { demoViewer, demoViewerById } from './demo-viewer.ts';
export { EmailSchema, rolesOf } from './schema.ts';
export { getUser, getUserIdByEmail } from './store.ts';
