/** What a failed call says when no more specific message fits. */
import { forgetSignedIn } from './session.ts';
import type { Translate } from './strings.ts';

export const commonFailure = (status: number, s: Translate): string => {
  if (status === 401) {
    forgetSignedIn();
    return s('form.sessionEnded');
  }
  if (status === 403) return s('projects.page.forbidden');
  return s('form.failed');
};
