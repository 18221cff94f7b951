import { part } from '../../ui/dom.ts';
import { plural, type Translate } from '../../ui/strings.ts';
/** The summary's live count: shown at once, announced once typing pauses (not at every key). */

export const SUMMARY_MAX = 280;
const ANNOUNCE_DELAY_MS = 700;

/** Counts `summary`'s characters left in the form's count line; returns the update, to call after a fill. */
export const summaryCount = (form: HTMLFormElement, summary: HTMLTextAreaElement, s: Translate) => {
  const count = part(form, '[data-summary-count]');
  const announce = part(form, '[data-summary-announce]');
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const updateCount = (speak: boolean) => {
    const left = SUMMARY_MAX - summary.value.length;
    const message =
      left >= 0 ? plural(s, 'projects.form.summary.left', left) : plural(s, 'projects.form.summary.over', -left);
    count.textContent = message;
    count.dataset.over = String(left < 0);
    clearTimeout(announceTimer);
    if (speak) {
      announceTimer = setTimeout(() => {
        announce.textContent = message;
      }, ANNOUNCE_DELAY_MS);
    }
  };
  summary.addEventListener('input', () => updateCount(true));
  updateCount(false);
  return updateCount;
};
