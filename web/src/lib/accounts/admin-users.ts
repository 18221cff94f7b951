/**
 * Browser island of the accounts administration page (`views/accounts/AdminUsers.astro`).
 * Lists accounts page by page (the API's cursors, kept to go back), finds one by address, and
 * manages one account in a modal dialog: roles (admin, lending point staff), suspend, reinstate.
 */
import type { MessageKey } from '../../i18n/index.ts';
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, element, part as partOf } from '../ui/dom.ts';
import { clearErrors, readProblem, reportErrors, setInvalid } from '../ui/form.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import type { AdminUser } from './types.ts';

const PAGE_SIZE = '20';
const MAX_STAFF_POINTS = 20;
const MAX_POINT_ID = 64;

const start = (page: HTMLElement) => {
  const s = stringsOf(page);
  const part = <T extends HTMLElement = HTMLElement>(selector: string) => partOf<T>(page, selector);
  const rows = part<HTMLTableSectionElement>('[data-users]');
  const caption = part('[data-caption-text]');
  const listStatus = part('[data-list-status]');
  const previous = part<HTMLButtonElement>('[data-pager-previous]');
  const next = part<HTMLButtonElement>('[data-pager-next]');
  const searchForm = part<HTMLFormElement>('[data-admin-search]');
  const searchEmail = byId<HTMLInputElement>('admin-search-email');
  const clearSearch = part<HTMLButtonElement>('[data-search-clear]');

  let users: AdminUser[] = [];
  /** The cursor that opens each page shown so far: index 0 is the first page (no cursor). */
  const cursors: (string | undefined)[] = [undefined];
  let pageIndex = 0;

  /** What every failed call does first: a lost session or role shows the page's state. */
  const lostAccess = (status: number): boolean => {
    if (status === 401) {
      forgetSignedIn();
      showState(page, 'signed-out');
      return true;
    }
    if (status === 403) {
      showState(page, 'forbidden');
      return true;
    }
    return false;
  };

  const rolesCell = (user: AdminUser) => {
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

  const statusCell = (user: AdminUser) => {
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

  // On phones the table is laid out as cards (see views/accounts/accounts.css): explicit roles keep it a table
  // for screen readers, and each cell carries its column's name to show above its value.
  const table = part('table');
  const columnNames = [...table.querySelectorAll('thead th')].map((header) => header.textContent?.trim() ?? '');
  for (const [selector, role] of [
    ['thead, tbody', 'rowgroup'],
    ['thead tr', 'row'],
    ['thead th', 'columnheader'],
  ] as const) {
    for (const node of table.querySelectorAll(selector)) node.setAttribute('role', role);
  }
  table.setAttribute('role', 'table');
  const cell = (column: number) => {
    const td = element('td');
    td.setAttribute('role', 'cell');
    td.dataset.label = columnNames[column] ?? '';
    return td;
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
    roles.append(rolesCell(user));
    const status = cell(2);
    status.append(...statusCell(user));
    const actions = cell(3);
    // The button says what it does: no column name above it.
    delete actions.dataset.label;
    const manage = element('button', 'button button--secondary button--small', s('admin.manage'));
    manage.type = 'button';
    manage.dataset.manage = user.id;
    // "Manage" alone would be ambiguous in a list of buttons: the name completes it for screen readers.
    manage.append(element('span', 'visually-hidden', ` ${user.displayName}`));
    manage.addEventListener('click', () => openDialog(user.id));
    actions.append(manage);
    tr.append(account, roles, status, actions);
    return tr;
  };

  const render = () => {
    if (users.length === 0) {
      const empty = element('td', 'muted', s('admin.table.empty'));
      empty.setAttribute('role', 'cell');
      empty.colSpan = 4;
      const tr = element('tr');
      tr.setAttribute('role', 'row');
      tr.append(empty);
      rows.replaceChildren(tr);
    } else {
      rows.replaceChildren(...users.map(row));
    }
  };

  const replaceUser = (user: AdminUser) => {
    users = users.map((known) => (known.id === user.id ? user : known));
    rows.querySelector(`[data-user-id="${CSS.escape(user.id)}"]`)?.replaceWith(row(user));
  };

  const keepFocusInPage = () => {
    if (!page.contains(document.activeElement)) searchEmail.focus();
  };

  const loadPage = async (index: number) => {
    say(listStatus, '');
    try {
      const response = await api.api.admin.users.$get({ query: { limit: PAGE_SIZE, cursor: cursors[index] } });
      if (!response.ok) {
        if (!lostAccess(response.status)) say(listStatus, s('form.failed'), 'error');
        return false;
      }
      const { items, nextCursor } = await response.json();
      users = items;
      pageIndex = index;
      cursors[index + 1] = nextCursor ?? undefined;
      cursors.length = index + (nextCursor ? 2 : 1);
      caption.textContent = s('admin.table.caption', { page: index + 1 });
      previous.hidden = index === 0;
      next.hidden = !nextCursor;
      clearSearch.hidden = true;
      render();
      showState(page, 'ready');
      return true;
    } catch {
      say(listStatus, s('form.failed'), 'error');
      return false;
    }
  };

  const turnPage = async (index: number) => {
    if (await loadPage(index)) {
      say(listStatus, s('admin.pageLoaded', { page: index + 1 }));
      // The pressed button is hidden on the first or last page: focus goes to the other one.
      if (!page.contains(document.activeElement)) (next.hidden ? previous : next).focus();
    }
  };
  previous.addEventListener('click', () => void turnPage(pageIndex - 1));
  next.addEventListener('click', () => void turnPage(pageIndex + 1));

  searchForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(searchForm);
    say(listStatus, '');
    const email = searchEmail.value.trim().toLowerCase();
    searchEmail.value = email;
    if (!email) {
      void loadPage(0);
      return;
    }
    if (!reportErrors(searchEmail.checkValidity() ? [] : [searchEmail])) return;
    try {
      const response = await api.api.admin.users.$get({ query: { limit: PAGE_SIZE, email } });
      if (!response.ok) {
        if (lostAccess(response.status)) return;
        // The typed client only knows the JSON answers; problems (application/problem+json) are read as numbers.
        if ((response.status as number) === 400) reportErrors([searchEmail]);
        else say(listStatus, s('form.failed'), 'error');
        return;
      }
      users = (await response.json()).items;
      caption.textContent = s('admin.table.captionSearch', { email });
      previous.hidden = true;
      next.hidden = true;
      clearSearch.hidden = false;
      render();
      if (users.length === 0) say(listStatus, s('admin.search.none', { email }));
      else say(listStatus, caption.textContent);
    } catch {
      say(listStatus, s('form.failed'), 'error');
    }
  });
  clearSearch.addEventListener('click', async () => {
    searchEmail.value = '';
    clearErrors(searchForm);
    cursors.length = 1;
    if (await loadPage(0)) {
      say(listStatus, s('admin.pageLoaded', { page: 1 }));
      searchEmail.focus();
    }
  });

  // The dialog managing one account
  const dialog = part<HTMLDialogElement>('[data-manage-dialog]');
  const title = part('[data-manage-title]');
  const rolesForm = byId<HTMLFormElement>('roles-form');
  const adminBox = byId<HTMLInputElement>('manage-admin');
  const staffOf = byId<HTMLInputElement>('manage-staff-of');
  const rolesStatus = rolesForm.querySelector<HTMLElement>('[data-form-status]') as HTMLElement;
  const suspendForm = byId<HTMLFormElement>('suspend-form');
  const reason = byId<HTMLTextAreaElement>('manage-reason');
  const suspendedPart = part('[data-when-suspended]');
  const suspensionStatus = part('[data-suspension-status]');
  let managed: AdminUser | undefined;

  const showManaged = (user: AdminUser) => {
    managed = user;
    title.textContent = s('admin.dialog.title', { name: user.displayName });
    part('[data-manage-email]').textContent = user.email;
    adminBox.checked = user.roles.includes('admin');
    staffOf.value = user.staffOf.join(', ');
    const suspended = user.status === 'suspended';
    suspendForm.hidden = suspended;
    suspendedPart.hidden = !suspended;
    part('[data-suspension-text]').textContent = s('admin.suspension.current', {
      reason: user.suspendedReason ?? '',
    });
  };

  const openDialog = (id: string) => {
    const user = users.find((known) => known.id === id);
    if (!user) return;
    for (const form of [rolesForm, suspendForm]) clearErrors(form);
    reason.value = '';
    say(rolesStatus, '');
    say(suspensionStatus, '');
    showManaged(user);
    dialog.showModal();
    title.focus();
  };
  part('[data-manage-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    // Back to the account's own "Manage" button (its row may have been redrawn meanwhile).
    if (managed) rows.querySelector<HTMLElement>(`[data-manage="${CSS.escape(managed.id)}"]`)?.focus();
    keepFocusInPage();
  });

  /** Sends one change about the managed account, then shows the account as the API returns it. */
  const act = async (
    status: HTMLElement,
    send: (id: string) => Promise<Response>,
    done: MessageKey,
    onFieldError?: () => void,
  ) => {
    if (!managed) return;
    say(status, '');
    try {
      const response = await send(managed.id);
      if (response.ok) {
        const user = (await response.json()) as AdminUser;
        replaceUser(user);
        showManaged(user);
        say(status, s(done), 'success');
        return;
      }
      if (response.status === 401 || response.status === 403) {
        dialog.close();
        lostAccess(response.status);
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

  rolesForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(rolesForm);
    const points = [
      ...new Set(
        staffOf.value
          .split(',')
          .map((point) => point.trim())
          .filter(Boolean),
      ),
    ];
    const valid = points.length <= MAX_STAFF_POINTS && points.every((point) => point.length <= MAX_POINT_ID);
    if (!reportErrors(valid ? [] : [staffOf])) {
      say(rolesStatus, s('form.invalid'), 'error');
      return;
    }
    void act(
      rolesStatus,
      (id) =>
        api.api.admin.users[':id'].roles.$put({ param: { id }, json: { admin: adminBox.checked, staffOf: points } }),
      'admin.roles.saved',
      () => setInvalid(staffOf, true),
    );
  });

  suspendForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(suspendForm);
    reason.value = reason.value.trim();
    if (!reportErrors(reason.value.length >= 1 && reason.value.length <= 500 ? [] : [reason])) {
      say(suspensionStatus, s('form.invalid'), 'error');
      return;
    }
    await act(
      suspensionStatus,
      (id) => api.api.admin.users[':id'].suspend.$post({ param: { id }, json: { reason: reason.value } }),
      'admin.suspension.suspended',
      () => setInvalid(reason, true),
    );
    // The form that had focus is now hidden: go on from the reinstate button.
    if (suspendForm.hidden) part('[data-reinstate]').focus();
  });

  part('[data-reinstate]').addEventListener('click', async () => {
    await act(
      suspensionStatus,
      (id) => api.api.admin.users[':id'].reinstate.$post({ param: { id } }),
      'admin.suspension.reinstated',
    );
    if (suspendedPart.hidden) reason.focus();
  });

  return () => loadPage(0);
};

const page = document.querySelector<HTMLElement>('[data-admin]');
if (page) {
  let loadFirstPage: (() => Promise<boolean>) | undefined;
  whenSignedIn(page, async ({ profile }) => {
    if (!profile.roles.includes('admin')) {
      showState(page, 'forbidden');
      return;
    }
    loadFirstPage ??= start(page);
    // Still loading means neither a list nor a lost session was shown: the retry state then.
    if (!(await loadFirstPage()) && page.dataset.state === 'loading') showState(page, 'error');
  });
}
