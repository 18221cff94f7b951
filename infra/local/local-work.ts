import { type RunOutcome, runWorkAndContinue } from '../../functions/jobs/run-work.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { apartFromRequest } from '../../functions/platform/edge-cache.ts';
import { logger } from '../../functions/platform/logger.ts';
import type { WorkRef, WorkStarter } from '../../functions/platform/work.ts';

/** The work function's Lambda timeout (infra/stacks/app-stack.ts): what a run has by default. */
export const WORK_FUNCTION_TIMEOUT_MS = 15 * 60 * 1000;

export interface LocalWorkOptions {
  /**
   * The time each run is given, as Lambda's timeout gives it (a run sees it through its
   * remaining-time function). A tiny budget makes every run stop after one step and continue
   * itself, as a long erasure does in AWS.
   */
  budgetMs?: number;
}

export interface LocalWork extends WorkStarter {
  /** Resolves once no run is going on or about to start (tests wait for the background work). */
  idle(): Promise<void>;
  /** Every run so far, with how it ended (tests read how many runs an item took). */
  readonly runs: readonly { ref: WorkRef; outcome: RunOutcome | 'failed' }[];
}

/**
 * The local stand-in for the asynchronous invocation of the work function: the run starts in this
 * process after the caller got its answer, with the same runner as the Lambda entry.
 */
export const createLocalWork = (deps: () => AppDeps, options: LocalWorkOptions = {}): LocalWork => {
  const budgetMs = options.budgetMs ?? WORK_FUNCTION_TIMEOUT_MS;
  const running = new Set<Promise<void>>();
  const runs: { ref: WorkRef; outcome: RunOutcome | 'failed' }[] = [];
  const start = async (ref: WorkRef) => {
    // Like Lambda's queue: the caller is answered first, the run starts on its own.
    // Its own invocation: nothing it makes stale joins the answered request's batch.
    const run = apartFromRequest(() =>
      new Promise<void>((resolve) => setImmediate(resolve))
        .then(async () => {
          const deadline = Date.now() + budgetMs;
          runs.push({ ref, outcome: await runWorkAndContinue(deps(), ref, () => deadline - Date.now()) });
        })
        .catch((error) => {
          runs.push({ ref, outcome: 'failed' });
          logger.error('work run failed', { work: ref, error: error as Error });
        })
        .finally(() => running.delete(run)),
    );
    running.add(run);
  };
  return {
    start,
    runs,
    idle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
};
