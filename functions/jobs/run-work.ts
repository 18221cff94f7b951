import { BACKGROUND_WORK } from '../background.ts';
import { CONTRIBUTIONS } from '../features.ts';
import type { AppDeps } from '../platform/deps.ts';
import type { Contributions, WorkHandler } from '../platform/feature.ts';
import { logger } from '../platform/logger.ts';
import type { RemainingTime, WorkRef } from '../platform/work.ts';
import { closeWork, getWork, leaseWork, releaseWork, saveWorkProgress } from '../platform/work-store.ts';

/**
 * A new step starts only while this much time is left: a step (a batch of file moves or of
 * records) takes seconds, so stopping with a minute to spare never leaves one cut by the timeout.
 * Even so, every step is safe to repeat: a run killed mid-step loses nothing.
 */
export const STEP_MARGIN_MS = 60_000;

/**
 * How a run ended. `done`: the item is finished. `more`: time ran out with work left (start it
 * again). `busy`: another run holds it. `none`: nothing pending under that ref.
 */
export type RunOutcome = 'done' | 'more' | 'busy' | 'none';

/**
 * One run of the work job on one item: takes its lease, then does step after step, saving each
 * step's progress on the item, until the handler says it is done or the time left is below the
 * margin. The first step always runs, so every run makes progress, however little time it has.
 */
export const runWork = async (
  deps: AppDeps,
  ref: WorkRef,
  remaining: RemainingTime,
  contributions: Contributions = CONTRIBUTIONS,
  handlers: readonly WorkHandler[] = BACKGROUND_WORK.workHandlers,
): Promise<RunOutcome> => {
  const handler = handlers.find((h) => h.kind === ref.kind);
  if (!handler) throw new Error(`No work handler for ${ref.kind}`);
  const now = deps.clock.now().getTime();
  let work = await leaseWork(deps, ref, { now, until: now + Math.max(remaining(), 0) + STEP_MARGIN_MS });
  if (!work) return (await getWork(deps, ref))?.state === 'pending' ? 'busy' : 'none';
  try {
    do {
      const result = await handler.step(deps, work, contributions);
      if (result.done) {
        if (await closeWork(deps, work, deps.clock.now().toISOString())) return 'done';
      } else if (!(await saveWorkProgress(deps, work, result.progress))) {
        logger.info('work requested again meanwhile; going on from the stored item', { work: ref });
      }
      // Read back what is stored: a request that came meanwhile counts from here on.
      const next = await getWork(deps, ref);
      if (next?.state !== 'pending') return 'none';
      work = next;
    } while (remaining() > STEP_MARGIN_MS);
    return 'more';
  } finally {
    await releaseWork(deps, ref);
  }
};

/**
 * A run, then its continuation when time ran out: the job starts itself again on the item (in
 * AWS, an asynchronous invocation of the same function). A run that dies without continuing
 * (killed by the timeout, a crash) is retried by Lambda, and in the end restarted by the daily job.
 */
export const runWorkAndContinue = async (deps: AppDeps, ref: WorkRef, remaining: RemainingTime) => {
  const outcome = await runWork(deps, ref, remaining);
  logger.info('work run', { work: ref, outcome });
  if (outcome === 'more') await deps.work.start(ref);
  return outcome;
};
