import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { findModule } from './catalogue.ts';
import { certificationStatus } from './certification-rules.ts';
import type { Bilingual } from './module-schema.ts';
import { getCertificationsAndSettings } from './store/badges.ts';

export interface ShownCertification {
  moduleId: string;
  title: Bilingual;
  moduleVersion: string;
  earnedAt: string;
  validUntil: string;
}

/**
 * The certifications a person shows on their public contributor page: only if they chose to,
 * only those that count today (not revoked, expired or of a version the module no longer
 * accepts). One Query; public, so the edge absorbs residents' visits.
 */
export const readHolderCertifications = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock'>,
  userId: string,
): Promise<Read<{ certifications: ShownCertification[] }>> => {
  const { certifications, settings } = await getCertificationsAndSettings(deps, userId);
  if (!settings?.showOnProfile) throw new AppError('not-found', 'This person does not show their certifications.');
  const now = deps.clock.now();
  const shown = certifications.flatMap((certification) => {
    const module = findModule(certification.moduleId);
    if (!module || certificationStatus(certification, module, now).state !== 'certified') return [];
    return [
      {
        moduleId: module.id,
        title: module.manifest.title,
        moduleVersion: certification.moduleVersion,
        earnedAt: certification.earnedAt,
        validUntil: certification.validUntil,
      },
    ];
  });
  return { view: { certifications: shown }, cache: 'public' };
};
