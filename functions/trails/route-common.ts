import { type Viewer, viewerOrThrow } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { problem } from '../platform/router.ts';
import { readTrailEditor } from './read-trail-editor.ts';
import { TrailEditorSchema } from './schema.ts';

/** What the trails' route files share: their tag, the signed-in guard and the common answers. */
export const tags = ['Trails'];
export const trailRoute = routeDeclarations(tags);
export const notFound = { 404: problem('No such trail (or not visible to you)') };
export const editorResponse = { 200: JSON_RESPONSE(TrailEditorSchema, 'The trail, as its editor shows it') };

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
