/**
 * Browser island of a walk-in loan (`views/lending-desk/WalkIn.astro`) at the point of
 * `?point=`: the scanned tag's unit is looked up (the desk's search) to draw its model's
 * checklist (the return day is left for staff to choose: the browser's today may be a day the
 * point is closed, or not the city's day); then the loan is made for the borrower's
 * account e-mail. Refusals name what is wrong (another point's tag, a reserved day, a limit,
 * the training).
 */
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { clearErrors, controlsOf, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { stringsOf } from '../ui/strings.ts';
import { lendWalkIn, searchDesk } from './desk-calls.ts';
import { drawChecklist, readChecklist, scannerField } from './desk-checklist.ts';
import { deskLoanHref, deskRefusal, pointFromQuery, readDeskProblem } from './desk-refusal.ts';
import type { DeskLoan, DeskSearch } from './desk-types.ts';

type Condition = 'good' | 'worn' | 'damaged';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const status = part(root, '[data-walk-in-status]');
  status.tabIndex = -1;
  const form = part<HTMLFormElement>(root, '[data-walk-in-form]');
  const email = part<HTMLInputElement>(form, '#walk-in-email');
  const returnDay = part<HTMLInputElement>(form, '#walk-in-return');
  const confirm = part<HTMLInputElement>(form, '#walk-in-confirm');
  const condition = part<HTMLSelectElement>(form, '#walk-in-condition');
  const open = part<HTMLAnchorElement>(root, '[data-walk-in-open]');
  const pointId = pointFromQuery() ?? '';
  if (pointId)
    part<HTMLAnchorElement>(root, '[data-desk-back]').href =
      `${root.dataset.deskPage}?${new URLSearchParams({ point: pointId })}`;
  drawChecklist(form, s, 'walk-in', []);

  const tag = scannerField(
    form,
    async (scanned) => {
      const response = await searchDesk(pointId, scanned);
      const note = part(form, '[data-tag-note]');
      const unit = response.ok ? ((await response.json()) as DeskSearch).unit : undefined;
      if (!unit) {
        note.textContent = s('lendingDesk.refused.notFound');
        // The previous tag's kit is not this one's: its parts must not stay to be ticked.
        drawChecklist(form, s, 'walk-in', []);
        return;
      }
      note.textContent = s('lendingDesk.walkIn.scanned', { tag: unit.assetTag, model: unit.model.name });
      drawChecklist(form, s, 'walk-in', unit.model.parts);
    },
    () => email,
  );

  const submit = guarded(
    async () => {
      clearErrors(form);
      open.hidden = true;
      const invalid = [
        ...(tag.value.trim() ? [] : [tag]),
        ...(email.value.trim() ? [] : [email]),
        ...(returnDay.value ? [] : [returnDay]),
        ...(confirm.checked ? [] : [confirm]),
      ];
      if (!reportErrors(invalid)) return;
      const response = await lendWalkIn(pointId, {
        email: email.value.trim(),
        assetTag: tag.value.trim(),
        returnDay: returnDay.value,
        parts: readChecklist(form),
        condition: condition.value as Condition,
        borrowerConfirmed: true,
      });
      if (!response.ok) {
        const problem = await readDeskProblem(response as unknown as Response);
        reportErrors(controlsOf(form, problem));
        say(status, deskRefusal(s, problem), 'error');
        return;
      }
      const loan = (await response.json()) as DeskLoan;
      say(status, s('lendingDesk.walkIn.lent', { tag: loan.unit.assetTag }), 'success');
      open.href = deskLoanHref(root.dataset.loanPage ?? '', pointId, loan.id);
      open.hidden = false;
      open.focus();
    },
    () => say(status, s('lendingDesk.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  whenSignedIn(root, () => {
    if (!pointId) return showState(root, 'forbidden');
    showState(root, 'ready');
    tag.focus();
  });
};

const root = document.querySelector<HTMLElement>('[data-desk-walk-in]');
if (root) start(root);
