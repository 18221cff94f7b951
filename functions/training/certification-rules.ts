import type { TrainingModule } from './module-schema.ts';
import { majorOf } from './module-schema.ts';

/** How a certification was earned. */
export type CertificationHow = 'quiz' | 'workshop' | 'granted';

/** One person's certification for one module (one item per person and module). */
export interface CertificationRecord {
  userId: string;
  moduleId: string;
  /** The module version it was earned on, and its major (what equipment may require). */
  moduleVersion: string;
  moduleMajor: number;
  how: CertificationHow;
  /** The instructor who granted it or marked the attendance that earned it. */
  grantedBy?: string;
  earnedAt: string;
  validUntil: string;
  revoked: boolean;
  revokedReason?: string;
  revokedBy?: string;
  revokedAt?: string;
}

export type CertificationStatus =
  | { state: 'certified'; validUntil: string }
  | { state: 'expired'; validUntil: string }
  | { state: 'renew'; moduleVersion: string; acceptsFromMajor: number }
  | { state: 'revoked'; reason: string; revokedAt: string };

/** The oldest major version whose certifications count (every one, unless the module says). */
export const acceptedMajor = (module: TrainingModule): number => module.manifest.acceptsFromMajor ?? 0;

/** The end of a certification earned at `earnedAt`: `validityMonths` later, same day of month (or the month's last). */
export function validUntilFor(module: TrainingModule, earnedAt: Date): Date {
  const until = new Date(earnedAt);
  const day = until.getUTCDate();
  until.setUTCDate(1);
  until.setUTCMonth(until.getUTCMonth() + module.manifest.validityMonths);
  const lastDay = new Date(Date.UTC(until.getUTCFullYear(), until.getUTCMonth() + 1, 0)).getUTCDate();
  until.setUTCDate(Math.min(day, lastDay));
  return until;
}

/**
 * What a certification is worth now. Revocation wins over everything, then a major version the
 * module no longer accepts (the person renews), then expiry.
 */
export function certificationStatus(
  certification: CertificationRecord,
  module: TrainingModule,
  now: Date,
): CertificationStatus {
  if (certification.revoked) {
    return { state: 'revoked', reason: certification.revokedReason ?? '', revokedAt: certification.revokedAt ?? '' };
  }
  if (certification.moduleMajor < acceptedMajor(module)) {
    return { state: 'renew', moduleVersion: certification.moduleVersion, acceptsFromMajor: acceptedMajor(module) };
  }
  if (certification.validUntil <= now.toISOString()) return { state: 'expired', validUntil: certification.validUntil };
  return { state: 'certified', validUntil: certification.validUntil };
}

/** A new certification for a module at its current version. */
export const newCertification = (options: {
  userId: string;
  module: TrainingModule;
  how: CertificationHow;
  grantedBy?: string;
  now: Date;
}): CertificationRecord => ({
  userId: options.userId,
  moduleId: options.module.id,
  moduleVersion: options.module.manifest.version,
  moduleMajor: majorOf(options.module.manifest.version),
  how: options.how,
  ...(options.grantedBy ? { grantedBy: options.grantedBy } : {}),
  earnedAt: options.now.toISOString(),
  validUntil: validUntilFor(options.module, options.now).toISOString(),
  revoked: false,
});

/** Where a person stands with a module: nothing yet, on the way, or what their certification is worth. */
export type TrainingStatus =
  | CertificationStatus
  | { state: 'not-started' }
  | { state: 'in-progress'; quizPassed: boolean; attended: boolean; openAttempt: boolean };

/**
 * A person's status for a module. A certification, even expired or revoked, says more than the
 * way towards a new one (the person sees "expired" or "revoked: reason" while they retake it);
 * without one, an open attempt or one part of a workshop module done is "in progress".
 */
export function trainingStatus(options: {
  module: TrainingModule;
  certification: CertificationRecord | undefined;
  progress: { quizPassedAt?: string; attendedAt?: string } | undefined;
  openAttempt: boolean;
  now: Date;
}): TrainingStatus {
  if (options.certification) return certificationStatus(options.certification, options.module, options.now);
  const quizPassed = Boolean(options.progress?.quizPassedAt);
  const attended = Boolean(options.progress?.attendedAt);
  if (quizPassed || attended || options.openAttempt)
    return { state: 'in-progress', quizPassed, attended, openAttempt: options.openAttempt };
  return { state: 'not-started' };
}
