/**
 * The dialog where an instructor grants or revokes a module's certification for one person,
 * with the written reason the API requires (the person reads it in their history). It closes on
 * success, gives focus back to where it was opened from, and says what was done.
 */
import { say } from '../ui/announce.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { paths, send } from './calls.ts';
import type { Decision } from './holders-table.ts';
import type { StaffContext } from './teach-context.ts';

export interface DecisionTarget {
  userId: string;
  name: string;
  decision: Decision;
}

export const decisionDialog = (
  context: StaffContext,
  moduleId: string,
  done: (target: DecisionTarget, outcome: 'done' | 'changed') => Promise<void>,
) => {
  const { s, q } = context;
  const dialog = q<HTMLDialogElement>('[data-decision-dialog]');
  const form = q<HTMLFormElement>('[data-decision-form]');
  const reason = q<HTMLTextAreaElement>('#decision-reason');
  const status = q('[data-decision-status]');
  let target: DecisionTarget | undefined;
  let opener: HTMLElement | null = null;

  q('[data-decision-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());

  const submit = guarded(
    async () => {
      if (!target) return;
      clearErrors(form);
      const text = reason.value.trim();
      if (text.length < 3 || text.length > 1000) {
        reportErrors([reason]);
        return;
      }
      const { userId, decision } = target;
      const response = await send(decision === 'grant' ? 'POST' : 'DELETE', paths.certification(moduleId, userId), {
        reason: text,
      });
      if (response.ok) {
        dialog.close();
        await done(target, 'done');
        return;
      }
      if (response.status === 401) {
        dialog.close();
        context.lostAccess(401);
        return;
      }
      const problem = await readProblem(response);
      if (problem.status === 409 || problem.status === 404) {
        dialog.close();
        await done(target, 'changed');
        return;
      }
      // 403 here is most often one's own certification (the page offers no button for it).
      say(
        status,
        problem.status === 403 ? s('trainingStaff.decision.self') : commonFailure(problem.status, s),
        'error',
      );
    },
    () => say(status, s('form.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  return (next: DecisionTarget) => {
    target = next;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    form.reset();
    clearErrors(form);
    say(status, '');
    q('[data-decision-title]').textContent = s(
      next.decision === 'grant' ? 'trainingStaff.decision.grantTitle' : 'trainingStaff.decision.revokeTitle',
      { name: next.name },
    );
    const button = q('[data-decision-submit]');
    button.textContent = s(`trainingStaff.decision.${next.decision}`);
    button.className = next.decision === 'revoke' ? 'button button--danger' : 'button';
    dialog.showModal();
    reason.focus();
  };
};
