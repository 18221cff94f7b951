/**
 * Browser island of my loans (`views/lending/MyLoans.astro`): the signed-in person's reservations
 * from `GET /api/me/lending`, in three sections; an upcoming one can be cancelled (asked twice)
 * or moved to other dates (a small form in its card). After each act the list is read again.
 * The waiting lists the person is on are `waiting-section.ts`'s.
 */
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { guarded } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { cancelReservation, changeDates, readMyLoans } from './calls.ts';
import { dayText, type LoanView, type MyLoans, type ReservationProblem } from './types.ts';
import { showWaiting } from './waiting-section.ts';

interface LoansContext {
  root: HTMLElement;
  s: Translate;
  status: HTMLElement;
  reload: () => Promise<void>;
}

const readProblem = async (response: Response): Promise<ReservationProblem> => {
  try {
    return { ...((await response.json()) as Partial<ReservationProblem>), status: response.status };
  } catch {
    return { status: response.status };
  }
};

/** What a refused change or cancellation says, in the page's words. */
const refusal = (s: Translate, problem: ReservationProblem): string => {
  if (problem.status === 400) return s('lending.mine.datesInvalid');
  if (problem.status === 409 && problem.nextFree) {
    const locale = pageLocale();
    return problem.nextFree.length > 0
      ? s('lending.mine.taken', {
          dates: problem.nextFree
            .map((run) =>
              s('lending.mine.days', {
                pickUp: dayText(run.pickUp, locale),
                returnDay: dayText(run.returnDay, locale),
              }),
            )
            .join(' ; '),
        })
      : s('lending.mine.takenNone');
  }
  if (problem.status === 409 && problem.unitOutOfService) return s('lending.mine.unitOutOfService');
  if (problem.status === 409) return s('lending.mine.begun');
  return commonFailure(problem.status, s);
};

const cancelActs = (context: LoansContext, loan: LoanView, actions: HTMLElement) => {
  const { s, status } = context;
  const ask = element('button', { class: 'button button--secondary', type: 'button' }, s('lending.mine.cancel'));
  const question = element(
    'p',
    { hidden: '' },
    s('lending.mine.cancelConfirm', {
      model: loan.model.name,
      pickUp: dayText(loan.pickUp, pageLocale()),
      returnDay: dayText(loan.returnDay, pageLocale()),
    }),
  );
  const yes = element(
    'button',
    { class: 'button', type: 'button', hidden: '', 'data-cancel-yes': '' },
    s('lending.mine.cancelYes'),
  );
  const keep = element(
    'button',
    { class: 'button button--secondary', type: 'button', hidden: '' },
    s('lending.mine.keep'),
  );
  const toggle = (asking: boolean) => {
    ask.hidden = asking;
    question.hidden = !asking;
    yes.hidden = !asking;
    keep.hidden = !asking;
    (asking ? yes : ask).focus();
  };
  ask.addEventListener('click', () => toggle(true));
  keep.addEventListener('click', () => toggle(false));
  yes.addEventListener(
    'click',
    guarded(
      async () => {
        const response = await cancelReservation(loan.id);
        if (!response.ok) {
          say(status, refusal(s, await readProblem(response as unknown as Response)), 'error');
          return;
        }
        say(status, s('lending.mine.cancelled', { model: loan.model.name }), 'success');
        await context.reload();
      },
      () => say(status, s('lending.mine.failed'), 'error'),
    ),
  );
  actions.append(ask, question, yes, keep);
};

const dateField = (id: string, label: string, value: string, field: string) =>
  element(
    'div',
    'field',
    element('label', { class: 'field__label', for: id }, label),
    element('input', { class: 'field__control', id, type: 'date', value, required: '', 'data-field': field }),
  );

const changeActs = (context: LoansContext, loan: LoanView, card: HTMLElement, actions: HTMLElement) => {
  const { s, status } = context;
  const open = element(
    'button',
    { class: 'button button--secondary', type: 'button', 'aria-expanded': 'false' },
    s('lending.mine.change'),
  );
  const form = element(
    'form',
    { class: 'loan__dates', hidden: '' },
    dateField(`pick-up-${loan.id}`, s('lending.mine.newPickUp'), loan.pickUp, 'pickUp'),
    dateField(`return-${loan.id}`, s('lending.mine.newReturnDay'), loan.returnDay, 'returnDay'),
    element('button', { class: 'button', type: 'submit' }, s('lending.mine.changeSave')),
  );
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) form.querySelector('input')?.focus();
  });
  const submit = guarded(
    async () => {
      const [pickUp, returnDay] = [...form.querySelectorAll('input')].map((input) => input.value) as [string, string];
      const response = await changeDates(loan.id, { pickUp, returnDay });
      if (!response.ok) {
        say(status, refusal(s, await readProblem(response as unknown as Response)), 'error');
        return;
      }
      say(
        status,
        s('lending.mine.changed', {
          model: loan.model.name,
          pickUp: dayText(pickUp, pageLocale()),
          returnDay: dayText(returnDay, pageLocale()),
        }),
        'success',
      );
      await context.reload();
    },
    () => say(status, s('lending.mine.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  actions.append(open);
  card.append(form);
};

const loanCard = (context: LoansContext, loan: LoanView) => {
  const { s } = context;
  const locale = pageLocale();
  const card = element(
    'li',
    { class: 'loan', 'data-loan': loan.id, 'data-status': loan.status },
    element('h3', undefined, loan.model.name),
    element(
      'p',
      undefined,
      s('lending.mine.days', { pickUp: dayText(loan.pickUp, locale), returnDay: dayText(loan.returnDay, locale) }),
    ),
    element('p', undefined, s('lending.mine.at', { point: loan.point.name })),
    element(
      'p',
      undefined,
      s(
        loan.status === 'cancelled' || loan.status === 'reserved'
          ? `lending.mine.status.${loan.status}`
          : `lendingDesk.mine.status.${loan.status}`,
      ),
    ),
  );
  // The loan's own page: its state and, once handed over, its receipt (lib/lending/desk-my-loan-page.ts).
  card.append(
    element(
      'p',
      undefined,
      element(
        'a',
        { href: `${context.root.dataset.loanPage}?id=${loan.id}` },
        s('lendingDesk.mine.open', { model: loan.model.name }),
      ),
    ),
  );
  if (loan.phase === 'upcoming' && loan.status === 'reserved') {
    const actions = element('div', 'loan__actions');
    card.append(actions);
    cancelActs(context, loan, actions);
    changeActs(context, loan, card, actions);
  }
  return card;
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const status = part(root, '[data-loans-status]');
  const show = (loans: MyLoans) => {
    for (const section of ['upcoming', 'current', 'past'] as const) {
      const items = loans[section].map((loan) => loanCard(context, loan));
      part(root, `[data-loans="${section}"]`).replaceChildren(...items);
      part(root, `[data-loans-empty="${section}"]`).hidden = items.length > 0;
    }
    showWaiting(root, loans.waiting ?? [], context);
  };
  const load = async () => {
    const response = await readMyLoans();
    const code = response.status as number;
    if (code === 401) {
      forgetSignedIn();
      showState(root, 'signed-out');
      return;
    }
    if (!response.ok) throw new Error(`My loans answered ${code}`);
    show((await response.json()) as MyLoans);
    showState(root, 'ready');
  };
  const context: LoansContext = { root, s, status, reload: load };
  whenSignedIn(root, async () => {
    try {
      await load();
    } catch (error) {
      console.warn('My loans could not be read:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-my-loans]');
if (root) start(root);
