import { getUser, viewerOf } from '../accounts/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { mayTeach, moduleOrThrow } from './module-access.ts';
import { nameInstructor as saveInstructor } from './store/instructors.ts';

/**
 * An admin names a staff or admin person instructor of a module (logged in the module's
 * collection). Naming oneself is allowed and logged like any naming: an admin who wants to
 * grant does it in two audited steps. Naming someone already named changes nothing.
 */
export const nameInstructor = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; userId: string },
): Promise<void> => {
  const module = moduleOrThrow(options.moduleId);
  const person = await getUser(deps, options.userId);
  if (!person) throw new AppError('not-found', 'There is no such person.');
  if (!mayTeach(viewerOf(person, '').roles))
    throw new AppError('conflict', 'Only staff or admin accounts can be named instructors: give them a role first.');
  await saveInstructor(deps, {
    moduleId: module.id,
    userId: person.id,
    namedBy: options.viewer.id,
    namedAt: deps.clock.now().toISOString(),
  });
};
