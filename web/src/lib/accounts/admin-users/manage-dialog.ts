/**
 * The dialog managing one account: its roles (admin, lending point staff), and suspending or
 * reinstating it. Each change shows the account as the API returns it, here and in the table.
 */
import type { MessageKey } from '../../../i18n/index.ts';
import { say } from '../../ui/announce.ts';
import { byId } from '../../ui/dom.ts';
import { readProblem } from '../../ui/form.ts';
import type { AdminUser } from '../types.ts';
import type { AdminContext } from './context.ts';
import { rolesForm, suspensionForms } from './manage-forms.ts';
import { showStaffPoints } from './staff-points.ts';

/** Sends one change about the managed account; `done` names the string said when it went through. */
export type Act = (
  status: HTMLElement,
  send: (id: string) => Promise<Response>,
  done: MessageKey,
  onFieldError?: () => void,
) => Promise<void>;

export interface ManageContext extends AdminContext {
  act: Act;
}

export const manageDialog = (context: AdminContext, returnFocus: (managed: AdminUser | undefined) => void) => {
  const { q, s } = context;
  const dialog = q<HTMLDialogElement>('[data-manage-dialog]');
  const title = q('[data-manage-title]');
  const adminBox = byId<HTMLInputElement>('manage-admin');
  const staffPoints = q('[data-staff-points]');
  const suspendForm = byId<HTMLFormElement>('suspend-form');
  const suspendedPart = q('[data-when-suspended]');
  let managed: AdminUser | undefined;

  const showManaged = (user: AdminUser) => {
    managed = user;
    title.textContent = s('admin.dialog.title', { name: user.displayName });
    q('[data-manage-email]').textContent = user.email;
    adminBox.checked = user.roles.includes('admin');
    void showStaffPoints(staffPoints, user.staffOf, s);
    const suspended = user.status === 'suspended';
    suspendForm.hidden = suspended;
    suspendedPart.hidden = !suspended;
    q('[data-suspension-text]').textContent = s('admin.suspension.current', { reason: user.suspendedReason ?? '' });
  };

  const act: Act = async (status, send, done, onFieldError) => {
    if (!managed) return;
    say(status, '');
    try {
      const response = await send(managed.id);
      if (response.ok) {
        const user = (await response.json()) as AdminUser;
        context.replaceUser(user);
        showManaged(user);
        say(status, s(done), 'success');
        return;
      }
      if (response.status === 401 || response.status === 403) {
        dialog.close();
        context.lostAccess(response.status);
        return;
      }
      const problem = await readProblem(response);
      if (response.status === 400 && onFieldError && (problem.errors ?? []).length > 0) {
        onFieldError();
        say(status, s('form.invalid'), 'error');
      } else {
        const message = response.status === 409 ? 'admin.self' : response.status === 404 ? 'admin.gone' : 'form.failed';
        say(status, s(message), 'error');
      }
    } catch {
      say(status, s('form.failed'), 'error');
    }
  };

  const manage: ManageContext = { ...context, act };
  const roles = rolesForm(manage);
  const suspension = suspensionForms(manage);

  q('[data-manage-close]').addEventListener('click', () => dialog.close());
  // Back to the account's own "Manage" button (its row may have been redrawn meanwhile).
  dialog.addEventListener('close', () => returnFocus(managed));

  return (id: string) => {
    const user = context.users().find((known) => known.id === id);
    if (!user) return;
    roles.reset();
    suspension.reset();
    showManaged(user);
    dialog.showModal();
    title.focus();
  };
};
