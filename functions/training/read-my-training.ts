import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { trainingCatalogue } from './catalogue.ts';
import { moduleProgressOf } from './module-progress.ts';
import { namesOf } from './people-names.ts';
import type { AuditEntryView, ModuleProgress } from './schema.ts';
import type { AuditEntry } from './store/certifications.ts';
import { getTraineeRecords } from './store/trainee.ts';
import { inCatalogueOrder } from './views.ts';

const toAuditView = (entry: AuditEntry, names: Map<string, string | null>): AuditEntryView => ({
  moduleId: entry.moduleId,
  at: entry.at,
  act: entry.act,
  ...(entry.how ? { how: entry.how } : {}),
  by: entry.by,
  byName: names.get(entry.by) ?? null,
  ...(entry.reason ? { reason: entry.reason } : {}),
});

/**
 * My training: every module with my status, attempts left today and progress; my attempts'
 * scores; the audit trail of what was done to my certifications, by whom and why (newest first).
 */
export const readMyTraining = async (
  deps: AppDeps,
  { viewer }: { viewer: Viewer },
): Promise<
  Read<{
    modules: ModuleProgress[];
    audit: AuditEntryView[];
    attempts: {
      moduleId: string;
      attemptId: string;
      startedAt: string;
      status: 'open' | 'submitted' | 'expired';
      score?: number;
      passed?: boolean;
      submittedAt?: string;
    }[];
  }>
> => {
  const now = deps.clock.now();
  const records = await getTraineeRecords(deps, viewer.id);
  const names = await namesOf(
    deps,
    records.audit.map((entry) => entry.by),
  );
  return {
    view: {
      modules: inCatalogueOrder(trainingCatalogue()).map((module) =>
        moduleProgressOf(module, records, { now, timeZone: deps.config.timeZone }),
      ),
      audit: [...records.audit].reverse().map((entry) => toAuditView(entry, names)),
      attempts: [...records.attempts]
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
        .map((attempt) => ({
          moduleId: attempt.moduleId,
          attemptId: attempt.id,
          startedAt: attempt.startedAt,
          status:
            attempt.status === 'open' && attempt.closesAt <= now.toISOString() ? ('expired' as const) : attempt.status,
          ...(attempt.score !== undefined ? { score: attempt.score } : {}),
          ...(attempt.passed !== undefined ? { passed: attempt.passed } : {}),
          ...(attempt.submittedAt ? { submittedAt: attempt.submittedAt } : {}),
        })),
    },
    cache: 'private',
  };
};
