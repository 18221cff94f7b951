import { hasRole, type Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { findModule } from './catalogue.ts';
import type { TrainingModule } from './module-schema.ts';
import { isInstructor } from './store/instructors.ts';

/** A module of the catalogue, or a 404 problem. */
export const moduleOrThrow = (moduleId: string): TrainingModule => {
  const module = findModule(moduleId);
  if (!module) throw new AppError('not-found', `There is no training module "${moduleId}".`);
  return module;
};

/** Staff or admin: the people who may be named instructors. */
export const mayTeach = (roles: readonly string[]) => roles.includes('staff') || roles.includes('admin');

/**
 * The viewer teaches the module: staff or admin, named instructor of it (403 otherwise). Reads
 * decide on this; writes also put `instructorCheckItem` in their transaction, so a removal
 * that lands meanwhile wins.
 */
export const requireInstructor = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  viewer: Viewer,
  module: TrainingModule,
): Promise<void> => {
  if (!(hasRole(viewer, 'staff') || hasRole(viewer, 'admin')) || !(await isInstructor(deps, module.id, viewer.id)))
    throw new AppError('forbidden', `Only instructors of “${module.manifest.title.en}” can do this.`);
};

/** Nobody grants or revokes their own certification (an admin names themselves instructor to grant others). */
export const refuseOwn = (viewer: Viewer, userId: string, act: string) => {
  if (viewer.id === userId) throw new AppError('forbidden', `You cannot ${act} your own certification.`);
};
