/**
 * The setting "show my certifications on my public contributor page" on my training: a checkbox
 * read from `GET /api/me/training/visibility` and saved as soon as it changes (`PUT`), the answer
 * said on its status line; a refused save puts the box back as it was saved.
 */
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import type { Translate } from '../ui/strings.ts';
import { readCertificationVisibility, saveCertificationVisibility } from './calls.ts';

/** Wires the checkbox once; `load()` reads the saved choice (again, after a retry of the page). */
export const visibilitySetting = (root: HTMLElement, s: Translate) => {
  const box = part<HTMLInputElement>(root, '[data-show-certifications]');
  const status = part(root, '[data-visibility-status]');
  let saved = false;

  // One save at a time: a change made while one is on its way is sent after it, so the last one wins.
  let sending: Promise<void> = Promise.resolve();
  const save = async () => {
    const wanted = box.checked;
    if (wanted === saved) return;
    say(status, s('training.mine.visibility.saving'));
    try {
      const answer = await saveCertificationVisibility(wanted);
      if (!answer.ok) {
        box.checked = saved;
        say(status, commonFailure(answer.status as number, s), 'error');
        return;
      }
      saved = (await answer.json()).showOnProfile;
      say(status, s(saved ? 'training.mine.visibility.shown' : 'training.mine.visibility.hidden'), 'success');
    } catch (error) {
      console.warn('The visibility could not be saved:', error);
      box.checked = saved;
      say(status, s('training.mine.visibility.failed'), 'error');
    }
  };
  box.addEventListener('change', () => {
    sending = sending.then(save);
  });

  return {
    load: async () => {
      const response = await readCertificationVisibility();
      if (!response.ok) throw new Error(`The visibility answered ${response.status}`);
      saved = (await response.json()).showOnProfile;
      box.checked = saved;
    },
  };
};
