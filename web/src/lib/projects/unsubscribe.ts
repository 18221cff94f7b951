/**
 * Browser island of the unsubscribe page (`views/projects/Unsubscribe.astro`): the link's tokens
 * are sent only when the person presses the button, never on opening the page.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { guarded } from '../ui/guard.ts';
import { projectHref } from '../ui/links.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const button = part<HTMLButtonElement>(root, '[data-confirm]');
  const status = part(root, '[data-form-status]');
  const tokens = new URLSearchParams(window.location.search)
    .getAll('token')
    .map((token) => token.trim())
    .filter(Boolean);
  if (tokens.length === 0) {
    say(status, s('projects.unsubscribe.noToken'), 'error');
    return;
  }
  button.hidden = false;
  const confirm = guarded(
    async () => {
      say(status, s('projects.unsubscribe.sending'));
      const response = await api.api.follows.unsubscribe.$post({ json: { tokens } });
      if (response.status !== 200) {
        say(status, s('form.failed'), 'error');
        return;
      }
      const { slugs } = await response.json();
      const [only] = slugs;
      if (slugs.length === 1 && only) {
        // One project: its page, which confirms with its notice (and offers to follow again).
        window.location.assign(`${projectHref(pageLocale(), only)}&unsubscribed=1`);
        return;
      }
      button.hidden = true;
      say(status, s(slugs.length > 0 ? 'projects.unsubscribe.done' : 'projects.unsubscribe.already'), 'success');
    },
    () => say(status, s('form.failed'), 'error'),
  );
  button.addEventListener('click', () => void confirm());
};

const root = document.querySelector<HTMLElement>('[data-unsubscribe]');
if (root) start(root);
