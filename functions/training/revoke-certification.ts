import { randomUUID } from 'node:crypto';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { transact } from '../platform/transact.ts';
import { holderCertificationsChanged } from './badge-public-paths.ts';
import { moduleOrThrow, refuseOwn, requireInstructor } from './module-access.ts';
import { getCertification, instructorCheckItem, revokeItems } from './store/certifications.ts';
import { isInstructor } from './store/instructors.ts';
import { toCertificationView } from './views.ts';

/**
 * An instructor of the module revokes someone's certification with a written reason (the person
 * reads it with their status and in their audit trail). One transaction with the instructor
 * check; a booking that includes the certification check cannot slip in after it.
 */
export const revokeCertification = async (
  deps: AppDeps,
  options: { viewer: Viewer; moduleId: string; userId: string; reason: string },
) => {
  const module = moduleOrThrow(options.moduleId);
  await requireInstructor(deps, options.viewer, module);
  refuseOwn(options.viewer, options.userId, 'revoke');
  const at = deps.clock.now().toISOString();
  const revoked = await transact(deps, [
    instructorCheckItem(deps, module.id, options.viewer.id),
    ...revokeItems(deps, {
      userId: options.userId,
      moduleId: module.id,
      id: randomUUID(),
      at,
      act: 'revoked',
      by: options.viewer.id,
      reason: options.reason,
    }),
  ]);
  const current = await getCertification(deps, options.userId, module.id);
  if (!current) throw new AppError('not-found', 'This person holds no certification of this module.');
  if (!revoked) {
    // Which condition refused: the instructor removed meanwhile, or a revocation already there.
    if (!(await isInstructor(deps, module.id, options.viewer.id)))
      throw new AppError('forbidden', 'You are no longer an instructor of this module.');
    throw new AppError('conflict', 'This certification is already revoked.');
  }
  await holderCertificationsChanged(deps, options.userId);
  return toCertificationView(current);
};
