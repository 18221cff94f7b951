/**
 * Browser island of a loan at the desk (`views/lending-desk/DeskLoan.astro`): reads the loan of
 * `?point=&id=`, shows the hand-over form while reserved (from its pick-up day: before it, the
 * day it can be handed over from), the take-back form while out, and the
 * receipt once handed over. Every control works from the keyboard; a scanner's Enter in the tag
 * field checks the tag and moves to the checklist. Refusals name what is wrong (another point's
 * or model's tag, another unit, a checklist of another reservation).
 */
import { say } from '../ui/announce.ts';
import { idFromQuery, part } from '../ui/dom.ts';
import { clearErrors, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { handOver, readDeskLoan, takeBack } from './desk-calls.ts';
import { drawChecklist, readChecklist, scannerField } from './desk-checklist.ts';
import { showReceipt } from './desk-receipt.ts';
import { deskRefusal, pointFromQuery, readDeskProblem } from './desk-refusal.ts';
import type { DeskLoan } from './desk-types.ts';
import { dayText } from './types.ts';

type Condition = 'good' | 'worn' | 'damaged';

interface LoanContext {
  root: HTMLElement;
  s: Translate;
  status: HTMLElement;
  pointId: string;
  loan?: DeskLoan;
}

const summary = (s: Translate, loan: DeskLoan) =>
  s('lendingDesk.loan.summary', {
    model: loan.model.name,
    tag: loan.unit.assetTag,
    name: loan.borrower?.name ?? s('lendingDesk.anonymous'),
    pickUp: dayText(loan.pickUp, pageLocale()),
    returnDay: dayText(loan.returnDay, pageLocale()),
    status: s(`lendingDesk.status.${loan.status}`),
  });

const show = (context: LoanContext, loan: DeskLoan) => {
  const { root, s } = context;
  context.loan = loan;
  part(root, '[data-loan-summary]').textContent =
    summary(s, loan) + (loan.overdueDays > 0 ? ` ${s('lendingDesk.entryLate', { count: loan.overdueDays })}` : '');
  const handOverForm = part<HTMLFormElement>(root, '[data-hand-over]');
  const takeBackForm = part<HTMLFormElement>(root, '[data-take-back]');
  // Before its pick-up day a reservation cannot be handed over: said up front, not at submit.
  const early = loan.status === 'reserved' && loan.today < loan.pickUp;
  const notice = part(root, '[data-hand-over-early]');
  notice.textContent = early ? s('lendingDesk.refused.beforePickUp', { day: dayText(loan.pickUp, pageLocale()) }) : '';
  notice.hidden = !early;
  handOverForm.hidden = loan.status !== 'reserved' || early;
  takeBackForm.hidden = loan.status !== 'out';
  for (const form of [handOverForm, takeBackForm]) {
    form.reset();
    clearErrors(form);
    part(form, '[data-tag-note]').textContent = '';
  }
  if (loan.status === 'reserved') drawChecklist(handOverForm, s, 'hand-over', loan.checklist);
  if (loan.status === 'out') drawChecklist(takeBackForm, s, 'take-back', loan.checklist, { damaged: true });
  showReceipt(root, loan, s);
};

const tagNote = (context: LoanContext, form: HTMLElement, mode: 'hand-over' | 'take-back') => (tag: string) => {
  const { s, loan } = context;
  if (!loan) return;
  const same = tag === loan.unit.assetTag;
  part(form, '[data-tag-note]').textContent =
    mode === 'hand-over'
      ? s(same ? 'lendingDesk.tag.same' : 'lendingDesk.tag.swap', { tag, reserved: loan.unit.assetTag })
      : s(same ? 'lendingDesk.tag.backSame' : 'lendingDesk.tag.backOther', { tag, expected: loan.unit.assetTag });
};

const refused = async (context: LoanContext, response: Response) => {
  if (response.status === 401) forgetSignedIn();
  say(context.status, deskRefusal(context.s, await readDeskProblem(response)), 'error');
  context.status.focus();
};

const wireHandOver = (context: LoanContext) => {
  const { root, s, status } = context;
  const form = part<HTMLFormElement>(root, '[data-hand-over]');
  const condition = part<HTMLSelectElement>(form, '#hand-over-condition');
  const tag = scannerField(form, tagNote(context, form, 'hand-over'), () => condition);
  const confirm = part<HTMLInputElement>(form, '#hand-over-confirm');
  const submit = guarded(
    async () => {
      const loan = context.loan;
      if (!loan) return;
      clearErrors(form);
      const invalid = [...(tag.value.trim() ? [] : [tag]), ...(confirm.checked ? [] : [confirm])];
      if (!reportErrors(invalid)) return;
      const notes = part<HTMLTextAreaElement>(form, '#hand-over-notes').value.trim();
      const response = await handOver(context.pointId, loan.id, {
        assetTag: tag.value.trim(),
        checklist: { reservationId: loan.id, parts: readChecklist(form) },
        condition: condition.value as Condition,
        ...(notes ? { notes } : {}),
        borrowerConfirmed: true,
      });
      if (!response.ok) return refused(context, response as unknown as Response);
      const out = (await response.json()) as DeskLoan;
      show(context, out);
      say(status, s('lendingDesk.handedOver', { tag: out.unit.assetTag }), 'success');
      part(root, '[data-receipt-print]').focus();
    },
    () => say(status, s('lendingDesk.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};

const wireTakeBack = (context: LoanContext) => {
  const { root, s, status } = context;
  const form = part<HTMLFormElement>(root, '[data-take-back]');
  const condition = part<HTMLSelectElement>(form, '#take-back-condition');
  const tag = scannerField(form, tagNote(context, form, 'take-back'), () => condition);
  const wiped = part<HTMLInputElement>(form, '#take-back-wiped');
  const recordings = part<HTMLFieldSetElement>(form, '#take-back-recordings');
  const submit = guarded(
    async () => {
      const loan = context.loan;
      if (!loan) return;
      clearErrors(form);
      const chosen = form.querySelector<HTMLInputElement>('input[name="recordings"]:checked')?.value as
        | 'handed-over'
        | 'none'
        | undefined;
      const invalid = [
        ...(tag.value.trim() ? [] : [tag]),
        ...(chosen ? [] : [recordings]),
        ...(wiped.checked ? [] : [wiped]),
      ];
      if (!reportErrors(invalid) || !chosen) return;
      const notes = part<HTMLTextAreaElement>(form, '#take-back-notes').value.trim();
      const response = await takeBack(context.pointId, loan.id, {
        assetTag: tag.value.trim(),
        checklist: { reservationId: loan.id, parts: readChecklist(form) },
        condition: condition.value as Condition,
        ...(notes ? { notes } : {}),
        recordings: chosen,
        cardWiped: true,
      });
      if (!response.ok) return refused(context, response as unknown as Response);
      const back = (await response.json()) as DeskLoan;
      show(context, back);
      const late = back.takeBack?.lateDays ?? 0;
      say(
        status,
        [
          late > 0
            ? s('lendingDesk.takenBackLate', { count: late })
            : s('lendingDesk.takenBack', { tag: back.unit.assetTag }),
          back.takeBack?.ticketId ? s('lendingDesk.takenBackTicket') : '',
        ]
          .filter(Boolean)
          .join(' '),
        'success',
      );
      status.focus();
    },
    () => say(status, s('lendingDesk.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const status = part(root, '[data-loan-status]');
  status.tabIndex = -1;
  const pointId = pointFromQuery();
  const id = idFromQuery();
  const context: LoanContext = { root, s, status, pointId: pointId ?? '' };
  if (pointId)
    part<HTMLAnchorElement>(root, '[data-desk-back]').href =
      `${root.dataset.deskPage}?${new URLSearchParams({ point: pointId })}`;
  wireHandOver(context);
  wireTakeBack(context);
  whenSignedIn(root, async () => {
    if (!pointId || !id) {
      showState(root, 'missing');
      return;
    }
    try {
      const response = await readDeskLoan(pointId, id);
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
        return;
      }
      if (code === 403) return showState(root, 'forbidden');
      if (code === 404) return showState(root, 'not-found');
      if (!response.ok) throw new Error(`The loan answered ${code}`);
      show(context, (await response.json()) as DeskLoan);
      showState(root, 'ready');
      const open = root.querySelector<HTMLFormElement>(
        'form[data-hand-over]:not([hidden]), form[data-take-back]:not([hidden])',
      );
      open?.querySelector<HTMLInputElement>('[data-tag]')?.focus();
    } catch (error) {
      console.warn('The loan could not be read:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-desk-loan]');
if (root) start(root);
