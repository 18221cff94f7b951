/**
 * Browser island of the reservation form (`components/lending/ReserveForm.astro`): choose a point
 * and days, read the summary, accept the loan terms, confirm. The answers are explained in the
 * page's words: the fields the API names (400), the training needed with its module's link
 * (403), the next free dates to pick instead or the waiting list to join (409, taken), a limit
 * reached (409), the sign-in.
 */
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, controlsOf, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { reserve } from './calls.ts';
import { dayText, type ReservationProblem } from './types.ts';
import { waitlistOffer } from './waitlist-offer.ts';

const MY_LOANS = { fr: '/mes-emprunts/', en: '/en/my-loans/' } as const;
const TRAINING = { fr: '/formations/', en: '/en/training/' } as const;
const SIGN_IN = { fr: '/connexion/', en: '/en/sign-in/' } as const;

/** Days from `from` to `to`, both included (civil days: no time zone involved). */
const dayCount = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

/** What the form needs of the model, when the page knows it only in the browser (a page read by `?id=`). */
export interface ReservableModel {
  id: string;
  name: string;
  maxLoanDays: number;
  points: { id: string; name: string }[];
}

/** A reservation the form just made: what its page shows again (the days now taken). */
export interface MadeReservation {
  pointId: string;
  pickUp: string;
  returnDay: string;
}

/** What the page that starts the form may ask of it. */
export interface ReserveFormOptions {
  /** Called once a reservation is made (the page reloads its availability table). */
  reserved?: (reservation: MadeReservation) => void;
}

const start = (root: HTMLElement, options: ReserveFormOptions = {}) => {
  const s: Translate = stringsOf(root);
  const locale = pageLocale();
  const choose = part<HTMLFormElement>(root, '[data-reserve-choose]');
  const confirm = part<HTMLFormElement>(root, '[data-reserve-confirm]');
  const status = part(root, '[data-reserve-status]');
  const answer = part(root, '[data-reserve-answer]');
  const point = part<HTMLSelectElement>(choose, '[data-field="pointId"]');
  const pickUp = part<HTMLInputElement>(choose, '[data-field="pickUp"]');
  const returnDay = part<HTMLInputElement>(choose, '[data-field="returnDay"]');
  const terms = part<HTMLInputElement>(confirm, '[data-field="acceptTerms"]');
  const maxLoanDays = Number(root.dataset.maxLoanDays ?? '1');
  const today = new Date().toISOString().slice(0, 10);
  pickUp.min = today;
  returnDay.min = today;

  const showStep = (step: 'choose' | 'confirm') => {
    choose.hidden = step !== 'choose';
    confirm.hidden = step !== 'confirm';
    if (step === 'confirm') part(confirm, '[data-summary-title]').focus();
    else pickUp.focus();
  };

  /** The checks the browser can make; the server makes them all again (opening days, lead time). */
  const invalidControls = () => {
    const invalid: HTMLElement[] = [];
    if (!point.value) invalid.push(point);
    if (!pickUp.value || pickUp.value < today) invalid.push(pickUp);
    if (
      !returnDay.value ||
      (pickUp.value && (returnDay.value < pickUp.value || dayCount(pickUp.value, returnDay.value) > maxLoanDays))
    )
      invalid.push(returnDay);
    return invalid;
  };

  choose.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(choose);
    say(status, '');
    answer.replaceChildren();
    if (!reportErrors(invalidControls())) return;
    part(confirm, '[data-summary-point]').textContent = point.selectedOptions[0]?.textContent ?? point.value;
    part(confirm, '[data-summary-days]').textContent = s('lending.mine.days', {
      pickUp: dayText(pickUp.value, locale),
      returnDay: dayText(returnDay.value, locale),
    });
    part(confirm, '[data-summary-length]').textContent = s('lending.reserve.summary.length', {
      count: String(dayCount(pickUp.value, returnDay.value)),
    });
    terms.checked = false;
    showStep('confirm');
  });

  part(confirm, '[data-reserve-edit]').addEventListener('click', () => showStep('choose'));

  /** The next free dates as buttons that put them in the form. */
  const nextFreeList = (runs: NonNullable<ReservationProblem['nextFree']>) =>
    element(
      'ul',
      'reserve-next-free',
      ...runs.map((run) => {
        const button = element(
          'button',
          { class: 'button button--secondary', type: 'button', 'data-next-free': run.pickUp },
          s('lending.mine.days', { pickUp: dayText(run.pickUp, locale), returnDay: dayText(run.returnDay, locale) }),
        );
        button.addEventListener('click', () => {
          pickUp.value = run.pickUp;
          returnDay.value = run.returnDay;
          answer.replaceChildren();
          say(status, '');
          showStep('choose');
        });
        return element('li', undefined, button);
      }),
    );

  const explain = (problem: ReservationProblem) => {
    if (problem.status === 400) {
      showStep('choose');
      const controls = controlsOf(choose, problem);
      if (reportErrors(controls)) say(status, s('lending.reserve.failed'), 'error');
      return;
    }
    if (problem.status === 403 && problem.requiredTraining) {
      const module = problem.requiredTraining;
      say(status, s('lending.reserve.training', { module: module.title[locale] }), 'error');
      answer.replaceChildren(
        element(
          'p',
          undefined,
          element(
            'a',
            { class: 'button', href: `${TRAINING[locale]}${module.moduleId}/`, 'data-training-link': '' },
            s('lending.reserve.trainingLink'),
          ),
        ),
      );
      return;
    }
    if (problem.status === 409 && problem.nextFree) {
      say(status, s(problem.nextFree.length > 0 ? 'lending.reserve.taken' : 'lending.reserve.takenNone'), 'error');
      answer.replaceChildren(
        nextFreeList(problem.nextFree),
        waitlistOffer(s, {
          modelId: root.dataset.modelId ?? '',
          pointId: point.value,
          pickUp: pickUp.value,
          returnDay: returnDay.value,
        }),
      );
      return;
    }
    if (problem.status === 409 && problem.limit) {
      const limit = problem.limit;
      const message =
        limit.kind === 'reservations-at-once'
          ? limit.freesOn
            ? s('lending.reserve.limitAtOnce', { max: String(limit.max), date: dayText(limit.freesOn, locale) })
            : s('lending.reserve.limitAtOnceNoDate', { max: String(limit.max) })
          : s('lending.reserve.limitWindow', {
              max: String(limit.max),
              window: String(limit.windowDays ?? ''),
              held: String(limit.held ?? ''),
              from: dayText(limit.window?.from ?? today, locale),
              to: dayText(limit.window?.to ?? today, locale),
            });
      say(status, message, 'error');
      return;
    }
    if (problem.status === 401) {
      say(status, s('lending.reserve.signIn'), 'error');
      const next = `${location.pathname}${location.search}#reserve`;
      answer.replaceChildren(
        element(
          'p',
          undefined,
          element(
            'a',
            { class: 'button', href: `${SIGN_IN[locale]}?${new URLSearchParams({ next })}` },
            s('lending.reserve.signIn'),
          ),
        ),
      );
      return;
    }
    if (problem.status === 503) {
      say(status, s('lending.reserve.busy'), 'error');
      return;
    }
    say(status, commonFailure(problem.status, s), 'error');
  };

  const send = guarded(
    async () => {
      clearErrors(confirm);
      if (!terms.checked) {
        reportErrors([terms]);
        return;
      }
      say(status, s('lending.reserve.sending'));
      const response = (await reserve({
        modelId: root.dataset.modelId ?? '',
        pointId: point.value,
        pickUp: pickUp.value,
        returnDay: returnDay.value,
      })) as unknown as Response;
      if (response.status === 201) {
        confirm.hidden = true;
        say(status, s('lending.reserve.done'), 'success');
        answer.replaceChildren(
          element(
            'p',
            undefined,
            element('a', { href: MY_LOANS[locale], 'data-my-loans-link': '' }, s('lending.reserve.mine')),
          ),
        );
        options.reserved?.({ pointId: point.value, pickUp: pickUp.value, returnDay: returnDay.value });
        return;
      }
      let problem: ReservationProblem = { status: response.status };
      try {
        problem = { ...((await response.json()) as ReservationProblem), status: response.status };
      } catch {
        // No problem body: the status alone explains it.
      }
      explain(problem);
    },
    () => say(status, s('lending.reserve.failed'), 'error'),
  );
  confirm.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
};

/**
 * Fills a form the page rendered without its model (`deferred` on the component) and starts it:
 * for a model page that reads its model in the browser. The summary names the model from here.
 */
export const startReserveForm = (root: HTMLElement, model: ReservableModel, options: ReserveFormOptions = {}) => {
  root.dataset.modelId = model.id;
  root.dataset.modelName = model.name;
  root.dataset.maxLoanDays = String(model.maxLoanDays);
  part(root, '[data-summary-model]').textContent = model.name;
  part(root, '[data-max-loan-days-text]').textContent = String(model.maxLoanDays);
  part(root, '[data-field="pointId"]').replaceChildren(
    ...model.points.map((point) => element('option', { value: point.id }, point.name)),
  );
  start(root, options);
};

// A form rendered with its model starts at once; a deferred one waits for `startReserveForm`.
for (const root of document.querySelectorAll<HTMLElement>('[data-reserve-form]:not([data-reserve-deferred])'))
  start(root);
