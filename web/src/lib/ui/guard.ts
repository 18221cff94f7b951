/**
 * The submit guard: one submission at a time, so a second press while the first is on its way
 * does nothing (and no request goes twice).
 */

/**
 * Runs `run` one call at a time. With `onNetworkError`, a call that throws (the network failed,
 * the request timed out) is logged and reported through it instead of rejecting.
 */
export const guarded = (run: () => Promise<void>, onNetworkError?: () => void) => {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      if (!onNetworkError) throw error;
      console.warn('A request failed:', error);
      onNetworkError();
    } finally {
      running = false;
    }
  };
};
