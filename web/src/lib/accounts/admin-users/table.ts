/**
 * The table of accounts: one row per account (name and address, roles, status, and a button that
 * opens the dialog managing it). On phones the table is laid out as cards (see views/accounts/accounts.css):
 * explicit roles keep it a table for screen readers, and each cell carries its column's name to
 * show above its value.
 */

import { element } from '../../ui/dom.ts';
import type { AdminUser } from '../types.ts';
import type { AdminContext } from './context.ts';

const rolesCell = ({ s }: AdminContext, user: AdminUser) => {
  const list = element('ul', 'role-list');
  for (const role of user.roles) {
    const label =
      role === 'staff'
        ? s('admin.role.staff', { points: user.staffOf.join(', ') })
        : s(role === 'admin' ? 'admin.role.admin' : 'admin.role.citizen');
    list.append(element('li', undefined, label));
  }
  return list;
};

const statusCell = ({ s }: AdminContext, user: AdminUser) => {
  const suspended = user.status === 'suspended';
  const cell = [
    element(
      'span',
      `badge${suspended ? ' badge--suspended' : ''}`,
      s(suspended ? 'admin.status.suspended' : 'admin.status.active'),
    ),
  ];
  if (suspended && user.suspendedReason) {
    cell.push(element('span', 'status__reason', s('admin.status.reason', { reason: user.suspendedReason })));
  }
  return cell;
};

/** Gives the table its explicit roles; returns its column names. */
const tableRoles = (table: HTMLElement) => {
  const columnNames = [...table.querySelectorAll('thead th')].map((header) => header.textContent?.trim() ?? '');
  for (const [selector, role] of [
    ['thead, tbody', 'rowgroup'],
    ['thead tr', 'row'],
    ['thead th', 'columnheader'],
  ] as const) {
    for (const node of table.querySelectorAll(selector)) node.setAttribute('role', role);
  }
  table.setAttribute('role', 'table');
  return columnNames;
};

export const usersTable = (context: AdminContext, manage: (id: string) => void) => {
  const { q, s } = context;
  const rows = q<HTMLTableSectionElement>('[data-users]');
  const columnNames = tableRoles(q('table'));
  const cell = (column: number) => {
    const td = element('td');
    td.setAttribute('role', 'cell');
    td.dataset.label = columnNames[column] ?? '';
    return td;
  };

  const manageButton = (user: AdminUser) => {
    const button = element('button', 'button button--secondary button--small', s('admin.manage'));
    button.type = 'button';
    button.dataset.manage = user.id;
    // "Manage" alone would be ambiguous in a list of buttons: the name completes it for screen readers.
    button.append(element('span', 'visually-hidden', ` ${user.displayName}`));
    button.addEventListener('click', () => manage(user.id));
    return button;
  };

  const row = (user: AdminUser) => {
    const tr = element('tr');
    tr.setAttribute('role', 'row');
    tr.dataset.userId = user.id;
    const account = element('th');
    account.scope = 'row';
    account.setAttribute('role', 'rowheader');
    account.append(element('span', 'user__name', user.displayName), element('span', 'user__email', user.email));
    const roles = cell(1);
    roles.append(rolesCell(context, user));
    const status = cell(2);
    status.append(...statusCell(context, user));
    const actions = cell(3);
    // The button says what it does: no column name above it.
    delete actions.dataset.label;
    actions.append(manageButton(user));
    tr.append(account, roles, status, actions);
    return tr;
  };

  const emptyRow = () => {
    const empty = element('td', 'muted', s('admin.table.empty'));
    empty.setAttribute('role', 'cell');
    empty.colSpan = 4;
    const tr = element('tr');
    tr.setAttribute('role', 'row');
    tr.append(empty);
    return tr;
  };

  return {
    render: (users: AdminUser[]) => {
      if (users.length === 0) rows.replaceChildren(emptyRow());
      else rows.replaceChildren(...users.map(row));
    },
    replace: (user: AdminUser) => {
      rows.querySelector(`[data-user-id="${CSS.escape(user.id)}"]`)?.replaceWith(row(user));
    },
    /** The "Manage" button of an account, when it is shown. */
    manageButton: (id: string) => rows.querySelector<HTMLElement>(`[data-manage="${CSS.escape(id)}"]`),
  };
};

export type UsersTable = ReturnType<typeof usersTable>;
