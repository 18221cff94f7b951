import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { certificationStatus } from './certification-rules.ts';
import { moduleOrThrow, requireInstructor } from './module-access.ts';
import { namesOf } from './people-names.ts';
import type { HoldersSchema } from './schema.ts';
import { listCertificationsOfModule } from './store/certifications.ts';
import { toCertificationView } from './views.ts';

/** Who holds a module's certification and what it is worth now (its instructors' page). */
export const listCertificationHolders = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string },
): Promise<Read<z.infer<typeof HoldersSchema>>> => {
  const module = moduleOrThrow(options.moduleId);
  await requireInstructor(deps, options.viewer, module);
  const now = deps.clock.now();
  const records = await listCertificationsOfModule(deps, module.id);
  const names = await namesOf(
    deps,
    records.map((record) => record.userId),
  );
  return {
    view: {
      moduleId: module.id,
      holders: records.map((record) => ({
        userId: record.userId,
        displayName: names.get(record.userId) ?? null,
        status: certificationStatus(record, module, now),
        certification: toCertificationView(record),
      })),
    },
    cache: 'private',
  };
};
