import { expireAbandonedUploadsTask } from '../media/expire-abandoned-uploads.ts';
import type { AppDeps } from '../platform/deps.ts';
import { logger } from '../platform/logger.ts';
import { journalDigestTask } from '../projects/send-journal-digest.ts';

/** One piece of daily upkeep owned by a feature (reminders, overdue loans, clean-up). */
export interface DailyTask {
  name: string;
  run(deps: AppDeps): Promise<Record<string, number>>;
}

/** Each feature's daily task, written in its own folder and listed here. */
export const DAILY_TASKS: DailyTask[] = [expireAbandonedUploadsTask, journalDigestTask];

/**
 * Runs every daily task; one failing task is logged and does not stop the others.
 * Returns each task's figures (or its error) for logs and tests.
 */
export const runDailyJob = async (deps: AppDeps, tasks: DailyTask[] = DAILY_TASKS) => {
  const results: Record<string, Record<string, number> | { error: string }> = {};
  for (const task of tasks) {
    try {
      results[task.name] = await task.run(deps);
    } catch (error) {
      logger.error('daily task failed', { task: task.name, error: error as Error });
      results[task.name] = { error: (error as Error).message };
    }
  }
  logger.info('daily job done', { results });
  return results;
};
