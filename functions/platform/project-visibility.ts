import type { AppDeps } from './deps.ts';

/**
 * Tells every listening feature that a project's visibility changed (hidden by the city or
 * restored). Listeners run one after the other, in the feature list's order.
 */
export const projectVisibilityChanged = async (deps: AppDeps, change: { slug: string; hidden: boolean }) => {
  for (const listener of deps.hooks.projectVisibilityListeners) await listener.onProjectVisibilityChanged(deps, change);
};
