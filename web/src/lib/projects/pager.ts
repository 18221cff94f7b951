import { element } from '../ui/dom.ts';
/**
 * A list read page by page with the API's cursors: the first page, then "older"/"more" appends
 * the next one, moves focus to its first item and says how many came. Empty and failed states
 * are sentences in the list's status line (role=status).
 */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorListOptions<T> {
  list: HTMLElement;
  more: HTMLButtonElement;
  status: HTMLElement;
  fetchPage: (cursor: string | undefined, fresh: boolean) => Promise<Page<T>>;
  render: (item: T) => HTMLElement;
  empty: string;
  error: string;
  retry: string;
  loaded: (count: number) => string;
}

export const cursorList = <T>(options: CursorListOptions<T>) => {
  const { list, more, status } = options;
  let cursor: string | undefined;

  const fail = (again: () => void) => {
    const retry = element('button', 'button button--secondary button--small', options.retry);
    retry.type = 'button';
    retry.addEventListener('click', () => {
      // The pressed button goes away: focus stays in the list's place.
      list.focus();
      again();
    });
    status.dataset.tone = 'error';
    status.replaceChildren(options.error, ' ', retry);
  };

  const say = (text: string) => {
    status.dataset.tone = 'info';
    status.textContent = text;
  };

  /** The first page, again (after a change, `fresh` bypasses the browser cache). */
  const reload = async (fresh = false) => {
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await options.fetchPage(undefined, fresh);
      list.replaceChildren(...page.items.map(options.render));
      cursor = page.nextCursor ?? undefined;
      more.hidden = !cursor;
      say(page.items.length === 0 ? options.empty : '');
    } catch (error) {
      console.warn('A list could not be loaded:', error);
      more.hidden = true;
      fail(() => void reload(fresh));
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  };

  const loadMore = async () => {
    if (!cursor) return;
    more.disabled = true;
    try {
      const page = await options.fetchPage(cursor, false);
      const items = page.items.map(options.render);
      list.append(...items);
      cursor = page.nextCursor ?? undefined;
      more.hidden = !cursor;
      say(options.loaded(items.length));
      const [first] = items;
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    } catch (error) {
      console.warn('The next page could not be loaded:', error);
      fail(() => void loadMore());
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void loadMore());
  return { reload };
};
