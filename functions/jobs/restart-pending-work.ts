import type { DailyTask } from '../platform/daily-task.ts';
import { logger } from '../platform/logger.ts';
import { listPendingRequestedBefore } from '../platform/work-store.ts';

/**
 * Work requested less than this long ago may still be running (a run lasts up to 15 minutes, and
 * continues itself): it is left to its runs.
 */
const STUCK_AFTER_MS = 60 * 60 * 1000;

/** More than a day's worth of stuck work would be an incident, not a backlog: the rest waits a day. */
const MOST_PER_DAY = 500;

/**
 * Nothing stays half done: every work item still pending an hour after it was asked for (its run
 * and its continuations died, or its job could not be started) is started again. One being worked
 * on right now answers `busy` and is left to its run.
 */
export const restartPendingWork: DailyTask = {
  name: 'restart-pending-work',
  run: async (deps) => {
    const before = new Date(deps.clock.now().getTime() - STUCK_AFTER_MS).toISOString();
    const pending = await listPendingRequestedBefore(deps, { before, limit: MOST_PER_DAY });
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
