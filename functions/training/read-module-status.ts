import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { moduleOrThrow } from './module-access.ts';
import { moduleProgressOf } from './module-progress.ts';
import type { ModuleProgress } from './schema.ts';
import { getTraineeRecords } from './store/trainee.ts';

/** My status for one module (the module page's island): one Query of my training collection. */
export const readModuleStatus = async (
  deps: AppDeps,
  { viewer, moduleId }: { viewer: Viewer; moduleId: string },
): Promise<Read<ModuleProgress>> => {
  const module = moduleOrThrow(moduleId);
  const records = await getTraineeRecords(deps, viewer.id);
  return {
    view: moduleProgressOf(module, records, { now: deps.clock.now(), timeZone: deps.config.timeZone }),
    cache: 'private',
  };
};
