/** Inviting someone by e-mail to join the project. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { reportErrors } from '../../ui/form.ts';
import { onFormSubmit } from '../../ui/guard.ts';
import type { StewardContext } from './context.ts';

export const inviteForm = (context: StewardContext) => {
  const { q, s, slug } = context;
  const form = q<HTMLFormElement>('[data-invite-form]');
  const email = byId<HTMLInputElement>('invite-email');
  const status = part(form, '[data-form-status]');
  onFormSubmit(form, status, s('form.failed'), async () => {
    email.value = email.value.trim();
    if (!reportErrors(email.value && email.checkValidity() ? [] : [email])) return;
    const address = email.value;
    const response = await api.api.projects[':slug'].invitations.$post({
      param: { slug },
      json: { email: address },
    });
    const code = response.status as number;
    if (code === 202) {
      email.value = '';
      say(status, s('projects.invite.sent', { email: address }), 'success');
      void context.refreshActivity();
    } else if (code === 400) {
      reportErrors([email]);
    } else {
      context.failed(status, code);
    }
  });
};
