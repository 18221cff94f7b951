/**
 * The reservation form's offer when the days asked are taken (its 409 with `nextFree`): join the
 * waiting list for exactly those days, in one button. Its own status line says what came of it.
 */
import { say } from '../ui/announce.ts';
import { element } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import type { Translate } from '../ui/strings.ts';
import { joinWaitlist } from './waitlist-calls.ts';

export const waitlistOffer = (
  s: Translate,
  days: { modelId: string; pointId: string; pickUp: string; returnDay: string },
): HTMLElement => {
  const status = element('p', {
    class: 'form-status',
    role: 'status',
    'aria-live': 'polite',
    'data-waitlist-status': '',
    // Takes the focus when the button goes, so the keyboard is not dropped at the top of the page.
    tabindex: '-1',
  });
  const button = element(
    'button',
    { class: 'button button--secondary', type: 'button', 'data-join-waitlist': '' },
    s('lendingWaitlist.join.button'),
  );
  button.addEventListener(
    'click',
    guarded(
      async () => {
        const response = (await joinWaitlist(days)) as unknown as Response;
        if (response.status === 201) {
          say(status, s('lendingWaitlist.join.done'), 'success');
          button.hidden = true;
          status.focus();
          return;
        }
        const problem = (await response.json().catch(() => ({}))) as { alreadyWaiting?: boolean; free?: boolean };
        if (problem.alreadyWaiting) say(status, s('lendingWaitlist.join.already'), 'error');
        else if (problem.free) say(status, s('lendingWaitlist.join.free'), 'error');
        else say(status, commonFailure(response.status, s), 'error');
      },
      () => say(status, s('lendingWaitlist.join.failed'), 'error'),
    ),
  );
  return element('div', 'reserve-waitlist', element('p', undefined, s('lendingWaitlist.join.offer')), button, status);
};
