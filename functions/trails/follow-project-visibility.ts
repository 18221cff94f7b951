import type { AppDeps } from '../platform/deps.ts';
import { listTrailsOfProject } from './store.ts';
import { updateTrailVisibility } from './trail-visibility.ts';

/**
 * A project's trails follow it when the city hides it (moderation) or restores it: off the
 * lists, the public page and the exports while hidden, back as they were after.
 */
export const followProjectVisibility = async (deps: AppDeps, { slug, hidden }: { slug: string; hidden: boolean }) => {
  for (const { id } of await listTrailsOfProject(deps, slug))
    await updateTrailVisibility(deps, id, { projectHidden: hidden ? true : undefined });
};
