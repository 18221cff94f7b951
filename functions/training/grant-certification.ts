import { randomUUID } from 'node:crypto';
import { getUser } from '../accounts/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { holderCertificationsChanged } from './badge-public-paths.ts';
import { newCertification } from './certification-rules.ts';
import { moduleOrThrow, refuseOwn, requireInstructor } from './module-access.ts';
import { certifyItems, instructorCheckItem } from './store/certifications.ts';
import { toCertificationView } from './views.ts';

/**
 * An instructor of the module grants it to someone else, with a written reason the person reads
 * in their audit trail. The instructor check is in the transaction: an instructor removed
 * meanwhile grants nothing. A grant replaces an earlier certification (renewed, or after a
 * revocation); the earlier acts stay in the trail.
 */
export const grantCertification = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; userId: string; reason: string },
) => {
  const module = moduleOrThrow(options.moduleId);
  await requireInstructor(deps, options.viewer, module);
  refuseOwn(options.viewer, options.userId, 'grant');
  if (!(await getUser(deps, options.userId))) throw new AppError('not-found', 'There is no such person.');
  const now = deps.clock.now();
  const record = newCertification({
    userId: options.userId,
    module,
    how: 'granted',
    grantedBy: options.viewer.id,
    now,
  });
  const granted = await transact(deps, [
    instructorCheckItem(deps, module.id, options.viewer.id),
    ...certifyItems(deps, record, {
      userId: options.userId,
      moduleId: module.id,
      id: randomUUID(),
      at: now.toISOString(),
      act: 'granted',
      how: 'granted',
      by: options.viewer.id,
      reason: options.reason,
    }),
  ]);
  if (!granted) throw new AppError('forbidden', 'You are no longer an instructor of this module.');
  await holderCertificationsChanged(deps, options.userId);
  deps.metrics.count('CertificationsGranted');
  return toCertificationView(record);
};
