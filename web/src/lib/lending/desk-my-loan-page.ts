/**
 * Browser island of a person's own loan (`views/lending-desk/MyLoan.astro`): its state, how
 * late it is, and the receipt once handed over (printable). The page's calendar block is the
 * kit's own island (`lib/ui/calendar-feed.ts`).
 */
import { idFromQuery, part } from '../ui/dom.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';
import { readMyLoan } from './desk-calls.ts';
import { showReceipt } from './desk-receipt.ts';
import type { DeskLoan } from './desk-types.ts';
import { dayText } from './types.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  whenSignedIn(root, async () => {
    const id = idFromQuery();
    if (!id) return showState(root, 'missing');
    try {
      const response = await readMyLoan(id);
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        return showState(root, 'signed-out');
      }
      if (code === 404) return showState(root, 'not-found');
      if (!response.ok) throw new Error(`My loan answered ${code}`);
      const loan = (await response.json()) as DeskLoan;
      part(root, '[data-my-loan-state]').textContent = s('lendingDesk.mine.state', {
        model: loan.model.name,
        point: loan.point.name,
        pickUp: dayText(loan.pickUp, pageLocale()),
        returnDay: dayText(loan.returnDay, pageLocale()),
        status: s(`lendingDesk.status.${loan.status}`),
      });
      const late = part(root, '[data-my-loan-late]');
      late.hidden = loan.overdueDays === 0;
      late.textContent = loan.overdueDays > 0 ? s('lendingDesk.mine.late', { count: loan.overdueDays }) : '';
      part(root, '[data-my-loan-no-receipt]').hidden = Boolean(loan.handOver);
      showReceipt(root, loan, s);
      showState(root, 'ready');
    } catch (error) {
      console.warn('My loan could not be read:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-my-loan]');
if (root) start(root);
