import { requireSignedIn } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import { SESSION_SECURITY } from '../platform/openapi-common.ts';
import { problem } from '../platform/router.ts';
import type { Read } from './read-trail.ts';
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

/**
 * The Cache-Control of a read's answer: kept as long as `publicly` says when public (a list
 * changes more often than a detail), never stored when private.
 */
export const cacheControl = (cache: Read<unknown>['cache'], publicly: string) =>
  cache === 'public' ? publicly : PRIVATE_NO_STORE;
