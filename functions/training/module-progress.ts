import { trainingStatus } from './certification-rules.ts';
import type { TrainingModule } from './module-schema.ts';
import { attemptDay, MAX_ATTEMPTS_PER_DAY, nextAttemptAt } from './quiz-rules.ts';
import type { ModuleProgress } from './schema.ts';
import type { TraineeRecords } from './store/trainee.ts';
import { toCertificationView } from './views.ts';

/** Where a person stands with one module, from their training collection as read (pure). */
export function moduleProgressOf(
  module: TrainingModule,
  records: TraineeRecords,
  options: { now: Date; timeZone: string },
): ModuleProgress {
  const { now, timeZone } = options;
  const certification = records.certifications.find((record) => record.moduleId === module.id);
  const progress = records.progress.find((record) => record.moduleId === module.id);
  const open = records.attempts
    .filter(
      (attempt) => attempt.moduleId === module.id && attempt.status === 'open' && attempt.closesAt > now.toISOString(),
    )
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  const today = attemptDay(now, timeZone);
  const used = records.attemptDays.find((day) => day.moduleId === module.id && day.day === today)?.n ?? 0;
  const attemptsLeftToday = module.quiz ? Math.max(0, MAX_ATTEMPTS_PER_DAY - used) : 0;
  return {
    moduleId: module.id,
    title: module.manifest.title,
    status: trainingStatus({ module, certification, progress, openAttempt: Boolean(open), now }),
    certification: certification ? toCertificationView(certification) : null,
    attemptsLeftToday,
    nextAttemptAt: module.quiz && attemptsLeftToday === 0 ? nextAttemptAt(now, timeZone).toISOString() : null,
    openAttempt: open ? { attemptId: open.id, expiresAt: open.closesAt } : null,
    progress: progress
      ? {
          ...(progress.quizPassedAt ? { quizPassedAt: progress.quizPassedAt } : {}),
          ...(progress.attendedAt ? { attendedAt: progress.attendedAt } : {}),
        }
      : null,
  };
}
