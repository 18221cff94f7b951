import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { moduleOrThrow } from './module-access.ts';
import { removeInstructor as dropInstructor } from './store/instructors.ts';

/** An admin removes an instructor of a module (logged); removing someone who is not one changes nothing. */
export const removeInstructor = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; userId: string },
): Promise<void> => {
  const module = moduleOrThrow(options.moduleId);
  await dropInstructor(deps, {
    moduleId: module.id,
    userId: options.userId,
    by: options.viewer.id,
    at: deps.clock.now().toISOString(),
  });
};
