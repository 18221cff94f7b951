/**
 * Browser island of the check-your-mail page: shows the address the link went to and sends
 * another link on request (the address comes from the sign-in page, through sessionStorage).
 */

import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { guarded } from '../ui/guard.ts';
import { stringsOf } from '../ui/strings.ts';
import { requestSignInLink, storedRequest } from './sign-in-request.ts';

const start = (root: HTMLElement) => {
  const request = storedRequest();
  if (!request) return; // Reached directly: the generic sentence and the "another address" link remain.

  part(root, '[data-email]').textContent = request.email;
  part(root, '[data-sent-to]').hidden = false;
  part(root, '[data-sent-to-unknown]').hidden = true;
  part(root, '[data-resend-actions]').hidden = false;

  const status = part(root, '[data-form-status]');
  const s = stringsOf(root);
  const resend = guarded(async () => {
    say(status, '');
    const outcome = await requestSignInLink(request, s);
    if (outcome.sent) say(status, s('checkMail.resent', { email: request.email }), 'success');
    else say(status, outcome.message, 'error');
  });
  part(root, '[data-resend]').addEventListener('click', () => void resend());
};

const root = document.querySelector<HTMLElement>('[data-check-mail]');
if (root) start(root);
