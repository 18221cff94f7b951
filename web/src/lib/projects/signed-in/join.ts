/** Joining a project: at once when it is open, else by a request with an optional message. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId } from '../../ui/dom.ts';
import { commonFailure } from '../../ui/failures.ts';
import { reportErrors } from '../../ui/form.ts';
import { onFormSubmit } from '../../ui/guard.ts';
import type { ViewerContext, ViewerPart } from './context.ts';

export const joinForm = (context: ViewerContext): ViewerPart => {
  const { q, s, status, heading } = context;
  const form = q<HTMLFormElement>('[data-join-form]');
  const message = byId<HTMLTextAreaElement>('join-message');
  const submit = q<HTMLButtonElement>('[data-join-submit]');
  onFormSubmit(form, status, s('form.failed'), async () => {
    message.value = message.value.trim();
    if (!reportErrors(message.value.length <= 500 ? [] : [message])) return;
    const byRequest = context.project().joinMode === 'request';
    const response = await api.api.projects[':slug'].join.$post({
      param: { slug: context.slug },
      json: byRequest && message.value ? { message: message.value } : {},
    });
    const code = response.status as number;
    if (response.status === 201) {
      const { outcome } = await response.json();
      message.value = '';
      say(status, s(outcome === 'joined' ? 'projects.joined' : 'projects.requested'), 'success');
    } else if (code === 400) {
      reportErrors([message]);
      return;
    } else if (code === 404) {
      say(status, s('projects.closed'), 'error');
    } else if (code !== 409) {
      // 409: already a member or already asked; what follows shows it.
      say(status, commonFailure(code, s), 'error');
      return;
    }
    await context.refreshAll();
    // The form is gone: reading goes on from the section's heading, after the status line.
    heading.focus();
  });

  return {
    render: () => {
      const project = context.project();
      const { role, requested } = context.membership();
      const joinable =
        !role && !requested && project.status !== 'archived' && project.visibility === 'public' && !project.hidden;
      const byRequest = project.joinMode === 'request';
      form.hidden = !joinable;
      q('[data-join-request-hint]').hidden = !byRequest;
      q('[data-join-message]').hidden = !byRequest;
      submit.textContent = s(byRequest ? 'projects.join.request' : 'projects.join.open');
    },
  };
};
