/**
 * The waiting lists of my loans (`views/lending/MyLoans.astro`, its `[data-waiting]` section): each
 * entry with its days and where it stands; a waiting one can be left; a unit held for the person
 * shows until when, and "reserve these days" (the loan terms to accept first) claims it. The
 * e-mail's link lands on the entry (`#waiting-<id>`). After each act my loans is read again.
 */
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import { dayText } from './types.ts';
import { claimHold, leaveWaitlist, type WaitingView } from './waitlist-calls.ts';

interface WaitingContext {
  s: Translate;
  status: HTMLElement;
  reload: () => Promise<void>;
}

const instant = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );

const leaveButton = (context: WaitingContext, entry: WaitingView) => {
  const { s, status } = context;
  const button = element(
    'button',
    { class: 'button button--secondary', type: 'button' },
    s('lendingWaitlist.mine.leave'),
  );
  button.addEventListener(
    'click',
    guarded(
      async () => {
        const response = (await leaveWaitlist(entry.id)) as unknown as Response;
        if (!response.ok && response.status !== 409) {
          say(status, commonFailure(response.status, s), 'error');
          return;
        }
        say(status, s('lendingWaitlist.mine.left', { model: entry.model.name }), 'success');
        await context.reload();
      },
      () => say(status, s('lending.mine.failed'), 'error'),
    ),
  );
  return button;
};

const claimActs = (context: WaitingContext, entry: WaitingView) => {
  const { s, status } = context;
  const id = `claim-terms-${entry.id}`;
  const terms = element('input', { id, type: 'checkbox', 'data-claim-terms': '' });
  const button = element(
    'button',
    { class: 'button', type: 'button', 'data-claim': '' },
    s('lendingWaitlist.mine.claim'),
  );
  button.addEventListener(
    'click',
    guarded(
      async () => {
        if (!terms.checked) {
          terms.setAttribute('aria-invalid', 'true');
          say(status, s('lendingWaitlist.mine.claimTermsError'), 'error');
          terms.focus();
          return;
        }
        const response = (await claimHold(entry.id)) as unknown as Response;
        if (response.status === 201) {
          say(status, s('lendingWaitlist.mine.claimed', { model: entry.model.name }), 'success');
          await context.reload();
          return;
        }
        if (response.status === 409) {
          const problem = (await response.json().catch(() => ({}))) as { limit?: unknown; detail?: string };
          say(
            status,
            problem.limit ? (problem.detail ?? s('lending.mine.failed')) : s('lendingWaitlist.mine.claimEnded'),
            'error',
          );
          await context.reload();
          return;
        }
        say(status, commonFailure(response.status, s), 'error');
      },
      () => say(status, s('lending.mine.failed'), 'error'),
    ),
  );
  return [
    element('div', 'checkbox', terms, element('label', { for: id }, s('lendingWaitlist.mine.claimTerms'))),
    button,
  ];
};

const entryCard = (context: WaitingContext, entry: WaitingView) => {
  const { s } = context;
  const locale = pageLocale();
  const state =
    entry.status === 'offered' && entry.holdExpiresAt
      ? s('lendingWaitlist.mine.status.offered', { until: instant(entry.holdExpiresAt, locale) })
      : entry.status === 'expired'
        ? s('lendingWaitlist.mine.status.expired')
        : s('lendingWaitlist.mine.status.waiting');
  const card = element(
    'li',
    {
      class: 'loan',
      id: `waiting-${entry.id}`,
      'data-waiting-entry': entry.id,
      'data-status': entry.status,
      tabindex: '-1',
    },
    element('h3', undefined, entry.model.name),
    element(
      'p',
      undefined,
      s('lending.mine.days', { pickUp: dayText(entry.pickUp, locale), returnDay: dayText(entry.returnDay, locale) }),
    ),
    element('p', undefined, s('lending.mine.at', { point: entry.point.name })),
    element('p', undefined, state),
  );
  if (entry.status === 'waiting' || entry.status === 'offered') {
    const actions = element('div', 'loan__actions');
    if (entry.status === 'offered') actions.append(...claimActs(context, entry));
    actions.append(leaveButton(context, entry));
    card.append(actions);
  }
  return card;
};

/** Fills the section with the person's entries; the e-mail's `#waiting-<id>` is brought into view. */
export const showWaiting = (root: HTMLElement, entries: WaitingView[], context: WaitingContext) => {
  const list = part(root, '[data-waiting]');
  list.replaceChildren(...entries.map((entry) => entryCard(context, entry)));
  part(root, '[data-waiting-empty]').hidden = entries.length > 0;
  const target = location.hash.startsWith('#waiting-') ? document.getElementById(location.hash.slice(1)) : null;
  target?.focus();
};
