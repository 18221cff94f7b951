/**
 * Browser island of the accounts administration page (`views/accounts/AdminUsers.astro`).
 * Lists accounts page by page (the API's cursors, kept to go back), finds one by address, and
 * manages one account in a modal dialog: roles (admin, lending point staff), suspend, reinstate.
 * This controller builds the context the parts share (`context.ts`) and starts them.
 */
import { part } from '../../ui/dom.ts';
import { showState, whenSignedIn } from '../../ui/page-states.ts';
import { forgetSignedIn } from '../../ui/session.ts';
import { stringsOf } from '../../ui/strings.ts';
import type { AdminContext } from './context.ts';
import { type AccountsList, accountsList } from './list.ts';
import { manageDialog } from './manage-dialog.ts';
import { usersTable } from './table.ts';

const start = (page: HTMLElement) => {
  let list: AccountsList | undefined;
  const listed = () => {
    if (!list) throw new Error('The list is not started yet');
    return list;
  };
  const context: AdminContext = {
    page,
    q: <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(page, selector),
    s: stringsOf(page),
    users: () => listed().users(),
    replaceUser: (user) => listed().replaceUser(user),
    lostAccess: (status) => {
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
    },
  };
  const table = usersTable(context, (id) => openDialog(id));
  list = accountsList(context, table);
  const openDialog = manageDialog(context, (managed) => {
    if (managed) table.manageButton(managed.id)?.focus();
    listed().keepFocusInPage();
  });
  return list.loadFirstPage;
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
