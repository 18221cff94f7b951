import type { DailyTask } from '../platform/daily-task.ts';
import { logger } from '../platform/logger.ts';
import { listPendingWork } from '../platform/work-store.ts';

/** More than a day's worth of stuck work would be an incident, not a backlog: the rest waits a day. */
const MOST_PER_DAY = 500;

/**
 * Nothing stays half done: every work item still pending (its run and its continuations died, or
 * its job could not be started) is started again. One being worked on right now answers `busy`
 * and is left to its run.
 */
export const restartPendingWork: DailyTask = {
  name: 'restart-pending-work',
  run: async (deps) => {
    const pending = await listPendingWork(deps, MOST_PER_DAY);
    let failed = 0;
    for (const ref of pending) {
      try {
        await deps.work.start(ref);
      } catch (error) {
        failed++;
        logger.error('could not start pending work', { work: ref, error: error as Error });
      }
    }
    return { restarted: pending.length - failed, failed };
  },
};
