import { requireSignedIn } from '../platform/auth.ts';
import { SESSION_SECURITY } from '../platform/openapi-common.ts';
import { problem } from '../platform/router.ts';
import { TrailEditorSchema } from './schema.ts';

/** What the trails' route files share: their tag, the signed-in guard and the common answers. */
export const tags = ['Trails'];
export const signedIn = { security: SESSION_SECURITY, middleware: requireSignedIn, tags };
export const notFound = { 404: problem('No such trail (or not visible to you)') };
export const editorResponse = {
  200: {
    content: { 'application/json': { schema: TrailEditorSchema } },
    description: 'The trail, as its editor shows it',
  },
};
