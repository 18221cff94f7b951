/** The forms of the dialog managing one account: its roles, and suspending or reinstating it. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId } from '../../ui/dom.ts';
import { clearErrors, reportErrors, setInvalid } from '../../ui/form.ts';
import type { ManageContext } from './manage-dialog.ts';
import { tickedStaffPoints } from './staff-points.ts';

export const rolesForm = ({ q, act }: ManageContext) => {
  const form = byId<HTMLFormElement>('roles-form');
  const adminBox = byId<HTMLInputElement>('manage-admin');
  const staffOf = byId<HTMLFieldSetElement>('manage-staff-of');
  const status = q('#roles-form [data-form-status]');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    // Only real points are offered; a stale id left ticked is refused by the API (400, bound below).
    const points = tickedStaffPoints(q('[data-staff-points]'));
    void act(
      status,
      (id) =>
        api.api.admin.users[':id'].roles.$put({ param: { id }, json: { admin: adminBox.checked, staffOf: points } }),
      'admin.roles.saved',
      () => setInvalid(staffOf, true),
    );
  });
  return {
    reset: () => {
      clearErrors(form);
      say(status, '');
    },
  };
};

export const suspensionForms = ({ q, s, act }: ManageContext) => {
  const form = byId<HTMLFormElement>('suspend-form');
  const reason = byId<HTMLTextAreaElement>('manage-reason');
  const suspendedPart = q('[data-when-suspended]');
  const status = q('[data-suspension-status]');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    reason.value = reason.value.trim();
    if (!reportErrors(reason.value.length >= 1 && reason.value.length <= 500 ? [] : [reason])) {
      say(status, s('form.invalid'), 'error');
      return;
    }
    await act(
      status,
      (id) => api.api.admin.users[':id'].suspend.$post({ param: { id }, json: { reason: reason.value } }),
      'admin.suspension.suspended',
      () => setInvalid(reason, true),
    );
    // The form that had focus is now hidden: go on from the reinstate button.
    if (form.hidden) q('[data-reinstate]').focus();
  });

  q('[data-reinstate]').addEventListener('click', async () => {
    await act(
      status,
      (id) => api.api.admin.users[':id'].reinstate.$post({ param: { id } }),
      'admin.suspension.reinstated',
    );
    if (suspendedPart.hidden) reason.focus();
  });

  return {
    reset: () => {
      clearErrors(form);
      reason.value = '';
      say(status, '');
    },
  };
};
