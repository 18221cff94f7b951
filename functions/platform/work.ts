/**
 * Long work (moving a hidden medium's files, erasing a heavy contributor) does not fit in an API
 * request, which Lambda stops after 15 seconds wherever it is. The request records the intent as a
 * work item in the table and answers; the work job does it in bounded steps, saving after each
 * one, and can be stopped and run again at any point: it picks up where the item says it stopped.
 */

/** Which work item: its handler (`kind`) and what it is about (a medium's id, a user's id). */
export interface WorkRef {
  kind: string;
  id: string;
}

/** A work item as stored: what was asked, what is done so far. */
export interface WorkRecord extends WorkRef {
  state: 'pending' | 'done';
  /** What the request said (the contributions choice of an erasure); the handler reads it. */
  input: Record<string, unknown>;
  /** What the handler saved after its last step (the parts already erased). */
  progress: Record<string, unknown>;
  /** Counts requests: a step's save and the final "done" hold only if no request came meanwhile. */
  version: number;
  requestedAt: string;
  /** Steps done so far, over every run (for the logs and the tests). */
  steps: number;
}

/**
 * What one step of a work handler (`WorkHandler`, in feature.ts) answers: finished, or what it did
 * so far (kept on the item before the next step).
 */
export type StepResult = { done: true } | { done: false; progress: Record<string, unknown> };

/** Milliseconds left to the current run, like Lambda's `context.getRemainingTimeInMillis()`. */
export type RemainingTime = () => number;

/**
 * Starts the work job on an item, without waiting for it: an asynchronous Lambda invocation in
 * AWS, an in-process run locally. Starting twice is harmless (a run holds a lease on the item).
 */
export interface WorkStarter {
  start(ref: WorkRef): Promise<void>;
}

/**
 * Runs at most `limit` of `steps`, in order, and answers whether that was all of them. For erasure
 * parts and other work that lists what remains, then does a bounded batch of it.
 */
export const inBatch = async (steps: (() => Promise<unknown>)[], limit: number): Promise<'done' | 'more'> => {
  for (const step of steps.slice(0, limit)) await step();
  return steps.length > limit ? 'more' : 'done';
};
