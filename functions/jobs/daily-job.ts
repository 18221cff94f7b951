import { BACKGROUND_WORK } from '../background.ts';
import type { DailyTask } from '../platform/daily-task.ts';
import type { AppDeps } from '../platform/deps.ts';
import { logger } from '../platform/logger.ts';
import { flushingMetrics } from '../platform/metrics.ts';
import { restartPendingWork } from './restart-pending-work.ts';

/**
 * Runs every feature's daily tasks (see background.ts), then starts again the work items left
 * pending; one failing task is logged and does not stop the others.
 * Returns each task's figures (or its error) for logs and tests.
 */
export const runDailyJob = (
  deps: AppDeps,
  tasks: readonly DailyTask[] = [...BACKGROUND_WORK.dailyTasks, restartPendingWork],
) => flushingMetrics(deps.metrics, () => runTasks(deps, tasks));

const runTasks = async (deps: AppDeps, tasks: readonly DailyTask[]) => {
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
