import { requireRole, requireSignedIn } from '../platform/auth.ts';
import { SESSION_SECURITY } from '../platform/openapi-common.ts';
import { problem } from '../platform/router.ts';

/** What training's route files share: their tag, the guards and the common answers. */
export const tags = ['Training'];
export const signedIn = { security: SESSION_SECURITY, middleware: requireSignedIn, tags };
export const adminOnly = { security: SESSION_SECURITY, middleware: requireRole('admin'), tags };
export const noModule = { 404: problem('No such module') };
