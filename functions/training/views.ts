import type { CertificationRecord } from './certification-rules.ts';
import type { TrainingModule } from './module-schema.ts';
import type { CertificationView, ModuleSummary } from './schema.ts';

/** A module as the API shows it: everything but the quiz's questions (its shape only). */
export const toModuleSummary = (module: TrainingModule): ModuleSummary => ({
  id: module.id,
  title: module.manifest.title,
  summary: module.manifest.summary,
  version: module.manifest.version,
  licence: module.manifest.licence,
  authors: module.manifest.authors,
  unlocks: module.manifest.unlocks,
  workshop: module.manifest.workshop,
  validityMonths: module.manifest.validityMonths,
  passMark: module.manifest.passMark,
  order: module.manifest.order,
  lessons: module.manifest.lessons,
  quiz: module.quiz ? { draw: module.quiz.draw, bankSize: module.quiz.questions.length } : null,
});

/** A certification as its holder and instructors see it (explicit fields: nothing stored rides along). */
export const toCertificationView = (record: CertificationRecord): CertificationView => ({
  moduleId: record.moduleId,
  moduleVersion: record.moduleVersion,
  how: record.how,
  earnedAt: record.earnedAt,
  validUntil: record.validUntil,
  ...(record.grantedBy ? { grantedBy: record.grantedBy } : {}),
  revoked: record.revoked,
  ...(record.revokedReason ? { revokedReason: record.revokedReason } : {}),
  ...(record.revokedAt ? { revokedAt: record.revokedAt } : {}),
});

/** Modules in the city's order (`order`, then id). */
export const inCatalogueOrder = (modules: readonly TrainingModule[]): TrainingModule[] =>
  [...modules].sort((a, b) => a.manifest.order - b.manifest.order || a.id.localeCompare(b.id));
