import { requireSignedIn, type Viewer, viewerOrThrow } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { SESSION_SECURITY } from '../platform/openapi-common.ts';
import { problem } from '../platform/router.ts';
import { readTrailEditor } from './read-trail-editor.ts';
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
 * A change to a trail by a signed-in person, answered with the trail as its editor shows it
 * afterwards (what the editor redraws from).
 */
export const changeThenEditor = async (
  deps: AppDeps,
  viewer: Viewer | null,
  trailId: string,
  change: (on: { viewer: Viewer; trailId: string }) => Promise<unknown>,
) => {
  const signedIn = viewerOrThrow(viewer);
  await change({ viewer: signedIn, trailId });
  return readTrailEditor(deps, { viewer: signedIn, trailId });
};
