/** A message of the failure queue: an opaque handle to delete it by, and its body. */
export interface QueuedFailure {
  handle: string;
  body: string;
}

/** The failure queue as the redrive command sees it: SQS in AWS, a folder of files locally. */
export interface FailureQueue {
  /** Some messages not yet seen in this run (an empty list: the queue is drained). */
  receive(): Promise<QueuedFailure[]>;
  remove(handle: string): Promise<void>;
}

/** Invokes a function synchronously with an event; throws with the function's error when it fails. */
export type Invoke = (functionArn: string, payload: unknown) => Promise<void>;
