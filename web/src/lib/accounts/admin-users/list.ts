/**
 * The accounts listed page by page (the API's cursors, kept to go back), or the one found by
 * its address.
 */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId } from '../../ui/dom.ts';
import { clearErrors, reportErrors } from '../../ui/form.ts';
import { showState } from '../../ui/page-states.ts';
import type { AdminUser } from '../types.ts';
import type { AdminContext } from './context.ts';
import type { UsersTable } from './table.ts';

const PAGE_SIZE = '20';

export const accountsList = (context: AdminContext, table: UsersTable) => {
  const { page, q, s, lostAccess } = context;
  const caption = q('[data-caption-text]');
  const listStatus = q('[data-list-status]');
  const previous = q<HTMLButtonElement>('[data-pager-previous]');
  const next = q<HTMLButtonElement>('[data-pager-next]');
  const searchForm = q<HTMLFormElement>('[data-admin-search]');
  const searchEmail = byId<HTMLInputElement>('admin-search-email');
  const clearSearch = q<HTMLButtonElement>('[data-search-clear]');

  let users: AdminUser[] = [];
  /** The cursor that opens each page shown so far: index 0 is the first page (no cursor). */
  const cursors: (string | undefined)[] = [undefined];
  let pageIndex = 0;

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
      table.render(users);
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

  const search = async (email: string) => {
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
      table.render(users);
      if (users.length === 0) say(listStatus, s('admin.search.none', { email }));
      else say(listStatus, caption.textContent);
    } catch {
      say(listStatus, s('form.failed'), 'error');
    }
  };

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
    await search(email);
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

  return {
    users: () => users,
    replaceUser: (user: AdminUser) => {
      users = users.map((known) => (known.id === user.id ? user : known));
      table.replace(user);
    },
    loadFirstPage: () => loadPage(0),
    /** Focus that fell out of the page (a closed dialog's button is gone) goes to the search field. */
    keepFocusInPage: () => {
      if (!page.contains(document.activeElement)) searchEmail.focus();
    },
  };
};

export type AccountsList = ReturnType<typeof accountsList>;
