/**
 * Browser island of the sign-in page: explains an unusable link (`?link=expired|suspended`), then
 * sends the e-mail address and goes on to the check-your-mail page.
 */

import { say } from '../ui/announce.ts';
import { byId, element } from '../ui/dom.ts';
import { clearErrors, reportErrors, setInvalid } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { stringsOf } from '../ui/strings.ts';
import { requestSignInLink, SAME_SITE_PATH } from './sign-in-request.ts';

const showLinkNotice = (params: URLSearchParams) => {
  const notice = document.querySelector<HTMLElement>('[data-link-notice]');
  const reason = params.get('link');
  if (!notice || (reason !== 'expired' && reason !== 'suspended')) return;
  const message = stringsOf(notice)(reason === 'expired' ? 'signIn.link.expired' : 'signIn.link.suspended');
  notice.classList.toggle('notice--error', reason === 'suspended');
  notice.append(element('p', undefined, message));
};

/** Where to come back after signing in: `?next=` when it is a path here, else this language's home. */
const nextPath = (params: URLSearchParams, form: HTMLFormElement): string | undefined => {
  const next = params.get('next');
  if (next && next.length <= 512 && SAME_SITE_PATH.test(next)) return next;
  // Without `next` the API goes to `/`, the French home: an English visitor goes back to theirs.
  return form.dataset.home === '/' ? undefined : form.dataset.home;
};

const start = (form: HTMLFormElement) => {
  const params = new URLSearchParams(window.location.search);
  showLinkNotice(params);
  const email = byId<HTMLInputElement>('sign-in-email');
  const status = form.querySelector<HTMLElement>('[data-form-status]') as HTMLElement;
  const language = form.dataset.language === 'en' ? 'en' : 'fr';
  const s = stringsOf(form);
  const send = guarded(async () => {
    clearErrors(form);
    say(status, '');
    email.value = email.value.trim();
    if (!reportErrors(email.value && email.checkValidity() ? [] : [email])) return;

    say(status, s('signIn.sending'));
    const outcome = await requestSignInLink({ email: email.value, next: nextPath(params, form), language }, s);
    if (outcome.sent) {
      window.location.assign(form.dataset.checkPage ?? '');
      return;
    }
    if (outcome.invalidEmail) {
      say(status, '');
      setInvalid(email, true);
      email.focus();
    } else {
      say(status, outcome.message, 'error');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
};

const form = document.querySelector<HTMLFormElement>('[data-sign-in]');
if (form) start(form);
