/** What a failed call says when no more specific message fits. */
import { forgetSignedIn } from '../accounts/session.ts';
import type { Translate } from './strings.ts';

export const commonFailure = (status: number, s: Translate): string => {
  if (status === 401) {
    forgetSignedIn();
    return s('form.sessionEnded');
  }
  if (status === 403) return s('projects.page.forbidden');
  return s('form.failed');
};

/** Runs one submission at a time and turns a network failure into the generic message. */
export const guarded = (run: () => Promise<void>, onNetworkError: () => void) => {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      console.warn('A request failed:', error);
      onNetworkError();
    } finally {
      running = false;
    }
  };
};
