/**
 * Browser island of the calendar feed block (`components/ui/CalendarFeed.astro`), on my loans and
 * my training: whether the person has a private calendar address, making one (or a new one, which
 * revokes the old), copying it, and deleting it (asked twice). The address is shown only in the
 * answer that made it: the portal keeps no copy. In the kit: two features' pages carry it, and
 * the feed is no feature's own.
 */
import { api } from '../api.ts';
import { say } from './announce.ts';
import { part } from './dom.ts';
import { commonFailure } from './failures.ts';
import { requestTimeout } from './fetch.ts';
import { formatDate } from './format.ts';
import { guarded } from './guard.ts';
import { currentViewer } from './session.ts';
import { pageLocale, stringsOf } from './strings.ts';

const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const feed = api.api.me['calendar-feed'];

interface FeedView {
  active: boolean;
  createdAt?: string;
}

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const status = part(root, '[data-feed-status]');
  const state = part(root, '[data-feed-state]');
  const lost = part(root, '[data-feed-lost]');
  const address = part(root, '[data-feed-address]');
  const url = part<HTMLInputElement>(root, '[data-feed-url]');
  const open = part<HTMLAnchorElement>(root, '[data-feed-open]');
  const create = part<HTMLButtonElement>(root, '[data-feed-create]');
  const ask = part<HTMLButtonElement>(root, '[data-feed-revoke]');
  const question = part(root, '[data-feed-question]');
  const failed = () => say(status, s('calendarFeed.failed'), 'error');

  const asking = (yes: boolean) => {
    ask.hidden = yes;
    question.hidden = !yes;
    (yes ? part<HTMLButtonElement>(question, '[data-feed-revoke-yes]') : ask).focus();
  };

  const show = (view: FeedView) => {
    state.textContent = view.active
      ? s('calendarFeed.active', { date: formatDate(pageLocale(), view.createdAt) })
      : s('calendarFeed.none');
    lost.hidden = !view.active || !address.hidden;
    create.textContent = s(view.active ? 'calendarFeed.replace' : 'calendarFeed.create');
    ask.hidden = !view.active;
    question.hidden = true;
  };

  const load = async () => {
    // Signed out: the page says so and the block stays hidden, without asking the API (a 401 is
    // an error in the console for nothing).
    if ((await currentViewer()).state !== 'signed-in') return;
    const response = await feed.$get(undefined, fresh());
    if (!response.ok) return;
    show((await response.json()) as FeedView);
    root.hidden = false;
  };

  create.addEventListener(
    'click',
    guarded(async () => {
      const response = await feed.$post({ json: { language: pageLocale() } }, fresh());
      if (!response.ok) {
        say(status, commonFailure(response.status, s), 'error');
        return;
      }
      const made = (await response.json()) as FeedView & { url: string; replaced: boolean };
      url.value = made.url;
      open.href = made.url.replace(/^https?:/, 'webcal:');
      address.hidden = false;
      show(made);
      say(status, s(made.replaced ? 'calendarFeed.replaced' : 'calendarFeed.created'), 'success');
      url.focus();
      url.select();
    }, failed),
  );

  part(root, '[data-feed-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url.value);
      say(status, s('calendarFeed.copied'), 'success');
    } catch {
      url.focus();
      url.select();
      say(status, s('calendarFeed.copyFailed'), 'error');
    }
  });

  ask.addEventListener('click', () => asking(true));
  part(question, '[data-feed-keep]').addEventListener('click', () => asking(false));
  part(question, '[data-feed-revoke-yes]').addEventListener(
    'click',
    guarded(async () => {
      const response = await feed.$delete(undefined, fresh());
      const code = response.status as number;
      // Already gone (another tab): the end is the same.
      if (!response.ok && code !== 404) {
        say(status, commonFailure(code, s), 'error');
        return;
      }
      url.value = '';
      address.hidden = true;
      show({ active: false });
      say(status, s('calendarFeed.revoked'), 'success');
      create.focus();
    }, failed),
  );

  void load().catch((error: unknown) => console.warn('The calendar feed could not be read:', error));
};

for (const root of document.querySelectorAll<HTMLElement>('[data-calendar-feed]')) start(root);
