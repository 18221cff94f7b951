import type { AppDeps } from './deps.ts';
import { logger } from './logger.ts';
import type { WorkRef } from './work.ts';
import { recordWork } from './work-store.ts';

/**
 * What a use case calls instead of doing long work in the request: the intent is recorded (this
 * must succeed: the caller's answer depends on it), then the work job is started.
 */
export const requestWork = async (deps: AppDeps, ref: WorkRef, input: Record<string, unknown> = {}) => {
  await recordWorkRequest(deps, ref, input);
  await startRecordedWork(deps, ref);
};

/** The first half of `requestWork`, for a use case with writes of its own before the job may start. */
export const recordWorkRequest = (deps: AppDeps, ref: WorkRef, input: Record<string, unknown> = {}) =>
  recordWork(deps, ref, { input, at: deps.clock.now().toISOString() });

/**
 * Starts the work job on a recorded item. A job that cannot be started now is not an error for
 * the caller: the item stays pending and the daily job starts it again.
 */
export const startRecordedWork = async (deps: AppDeps, ref: WorkRef) => {
  try {
    await deps.work.start(ref);
  } catch (error) {
    logger.warn('work recorded, its job could not be started now; the daily job will', {
      work: ref,
      error: error as Error,
    });
  }
};
