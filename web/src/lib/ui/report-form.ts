/**
 * The report form every reportable thing shares (`components/ui/ReportForm.astro`): the reason is
 * trimmed and checked as the API checks it (3 to 1000 characters), sent once at a time, and the
 * API's answer, the same for every kind (`functions/moderation/reporter.ts`), said on the form's
 * status line in the feature's words.
 */
import { say } from './announce.ts';
import { part } from './dom.ts';
import { clearErrors, minutesToWait, readProblem, reportErrors } from './form.ts';
import { guarded } from './guard.ts';

/** What a report form says, in its feature's words. */
export interface ReportWords {
  /** While the report travels, where the page says so. */
  sending?: string | undefined;
  /** Beside the reason's own message when the reason is refused; without it, that message speaks alone. */
  invalid?: string | undefined;
  sent: string;
  /** This report reached the threshold: the item is hidden until a moderator reviews it. */
  sentHidden?: string | undefined;
  already: string;
  tooMany: (minutes: number) => string;
  /** The item is no longer there to report; without it, `failed` says so. */
  gone?: string | undefined;
  failed: string;
}

export const wireReportForm = (
  form: HTMLFormElement,
  words: ReportWords,
  post: (reason: string) => Promise<Response>,
) => {
  const reason = part<HTMLTextAreaElement>(form, '[data-field="reason"]');
  const status = part(form, '[data-form-status]');
  const refuseReason = () => {
    reportErrors([reason]);
    say(status, words.invalid ?? '', words.invalid ? 'error' : 'info');
  };

  const answer = async (response: Response) => {
    const code = response.status;
    if (code === 201) {
      const { hidden } = (await response.json()) as { hidden: boolean };
      reason.value = '';
      say(status, hidden && words.sentHidden ? words.sentHidden : words.sent, 'success');
    } else if (code === 409) {
      say(status, words.already);
    } else if (code === 429) {
      say(status, words.tooMany(minutesToWait(response, await readProblem(response))), 'error');
    } else if (code === 400) {
      refuseReason();
    } else {
      say(status, (code === 404 && words.gone) || words.failed, 'error');
    }
  };

  const report = guarded(async () => {
    clearErrors(form);
    say(status, '');
    reason.value = reason.value.trim();
    if (reason.value.length < 3 || reason.value.length > 1000) return refuseReason();
    if (words.sending) say(status, words.sending);
    try {
      await answer(await post(reason.value));
    } catch {
      say(status, words.failed, 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void report();
  });
};
