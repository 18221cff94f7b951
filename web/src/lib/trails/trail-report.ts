/**
 * The trail page's report form: anyone may report a published trail to the city, signed in or
 * not (once each, rate-limited); a trail hidden by enough reports says so.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId } from '../ui/dom.ts';
import { clearErrors, minutesToWait, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { plural } from '../ui/strings.ts';
import type { TrailPageContext } from './trail-page-context.ts';
import type { TrailDetail } from './types.ts';

export const startReport = ({ q, s }: TrailPageContext, trail: TrailDetail) => {
  const section = q('[data-report]');
  section.hidden = trail.status !== 'published';
  if (section.hidden || section.dataset.started) return;
  section.dataset.started = 'true';
  const form = q<HTMLFormElement>('[data-report-form]');
  const reason = byId<HTMLTextAreaElement>('trail-report-reason');
  const status = q('[data-report-status]');
  const report = guarded(async () => {
    clearErrors(form);
    say(status, '');
    reason.value = reason.value.trim();
    if (!reportErrors(reason.value.length >= 3 && reason.value.length <= 1000 ? [] : [reason])) return;
    say(status, s('trails.report.sending'));
    try {
      const response = await api.api.trails[':id'].flags.$post({
        param: { id: trail.id },
        json: { reason: reason.value },
      });
      const code = response.status as number;
      if (response.status === 201) {
        const { hidden } = await response.json();
        reason.value = '';
        say(status, s(hidden ? 'trails.report.sentHidden' : 'trails.report.sent'), 'success');
      } else if (code === 409) {
        say(status, s('trails.report.already'));
      } else if (code === 429) {
        const wait = minutesToWait(response, await readProblem(response));
        say(status, plural(s, 'trails.report.tooMany', wait), 'error');
      } else if (code === 400) {
        say(status, '');
        reportErrors([reason]);
      } else if (code === 404) {
        say(status, s('trails.report.gone'), 'error');
      } else {
        say(status, s('form.failed'), 'error');
      }
    } catch {
      say(status, s('form.failed'), 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void report();
  });
};
