import type { z } from '@hono/zod-openapi';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { trainingCatalogue } from './catalogue.ts';
import { namesOf } from './people-names.ts';
import type { ModuleStaffSchema } from './schema.ts';
import { getModuleStaff } from './store/instructors.ts';
import { inCatalogueOrder } from './views.ts';

type ModuleStaff = z.infer<typeof ModuleStaffSchema>;

/** Every module's instructors and the log of their naming (the admin page): one Query per module. */
export const listInstructors = async (deps: AppDeps): Promise<Read<{ modules: ModuleStaff[] }>> => {
  const modules = inCatalogueOrder(trainingCatalogue());
  const staff = await Promise.all(modules.map((module) => getModuleStaff(deps, module.id)));
  const names = await namesOf(
    deps,
    staff.flatMap((one) => one.instructors.map((instructor) => instructor.userId)),
  );
  return {
    view: {
      modules: modules.map((module, index) => ({
        moduleId: module.id,
        title: module.manifest.title,
        instructors: (staff[index]?.instructors ?? []).map((instructor) => ({
          userId: instructor.userId,
          displayName: names.get(instructor.userId) ?? null,
          namedBy: instructor.namedBy,
          namedAt: instructor.namedAt,
        })),
        log: (staff[index]?.log ?? []).map(({ userId, act, by, at }) => ({ userId, act, by, at })),
      })),
    },
    cache: 'private',
  };
};
