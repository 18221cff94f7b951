/** Reporting the project to the city's moderators, with a reason; one report per person. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { clearErrors, minutesToWait, readProblem, reportErrors } from '../../ui/form.ts';
import { guarded } from '../../ui/guard.ts';
import { plural, type Translate } from '../../ui/strings.ts';

export const reportForm = (root: HTMLElement, s: Translate, slug: string) => {
  const form = part<HTMLFormElement>(root, '[data-report-form]');
  const reason = byId<HTMLTextAreaElement>('report-reason');
  const status = part(form, '[data-form-status]');

  const send = async () => {
    const response = await api.api.projects[':slug'].flags.$post({ param: { slug }, json: { reason: reason.value } });
    const code = response.status as number;
    if (code === 201) {
      reason.value = '';
      say(status, s('projects.report.sent'), 'success');
    } else if (code === 409) {
      say(status, s('projects.report.already'));
    } else if (code === 429) {
      const wait = minutesToWait(response, await readProblem(response));
      say(status, plural(s, 'projects.report.tooMany', wait), 'error');
    } else if (code === 400) {
      reportErrors([reason]);
    } else {
      say(status, s('form.failed'), 'error');
    }
  };

  const report = guarded(async () => {
    clearErrors(form);
    say(status, '');
    reason.value = reason.value.trim();
    if (!reportErrors(reason.value.length >= 3 && reason.value.length <= 1000 ? [] : [reason])) return;
    try {
      await send();
    } catch {
      say(status, s('form.failed'), 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void report();
  });
};
