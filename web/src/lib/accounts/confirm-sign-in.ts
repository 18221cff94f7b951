/**
 * Browser island of the sign-in confirmation page (`views/accounts/ConfirmSignIn.astro`): the
 * link's token is sent only when the person presses the button, never on opening the page (mail
 * scanners open links, and the token works once). Then on to where the person was going.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { guarded } from '../ui/guard.ts';
import { rememberMaybeSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';
import { SAME_SITE_PATH } from './sign-in-request.ts';

const SUSPENDED = 'urn:communs:problem:forbidden';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const button = part<HTMLButtonElement>(root, '[data-confirm]');
  const status = part(root, '[data-form-status]');
  const token = new URLSearchParams(window.location.search).get('token')?.trim();
  if (!token) {
    say(status, s('confirmSignIn.noToken'), 'error');
    return;
  }
  // The other language's page keeps the token (old links all open the French page).
  keepQueryInLanguageSwitch();
  button.hidden = false;
  // The sign-in page explains an unusable link and offers a new one (`?link=expired|suspended`).
  const toSignIn = (reason: 'expired' | 'suspended') =>
    window.location.replace(`${root.dataset.signInPage ?? '/connexion/'}?link=${reason}`);

  const confirm = guarded(
    async () => {
      say(status, s('confirmSignIn.signingIn'));
      const response = await api.api.auth.verify.$post({ json: { token } });
      if (response.status === 200) {
        rememberMaybeSignedIn();
        const { next } = await response.json();
        // `replace`: going back should not return to a link that has now been used.
        window.location.replace(SAME_SITE_PATH.test(next) ? next : pageLocale() === 'en' ? '/en/' : '/');
        return;
      }
      if (response.status === 410) return toSignIn('expired');
      const problem = (await response.json().catch(() => ({}))) as { type?: string };
      if (response.status === 403 && problem.type === SUSPENDED) return toSignIn('suspended');
      say(status, s('form.failed'), 'error');
    },
    () => say(status, s('form.failed'), 'error'),
  );
  button.addEventListener('click', () => void confirm());
};

const root = document.querySelector<HTMLElement>('[data-confirm-sign-in]');
if (root) start(root);
