/** What the parts of the accounts administration page share (`page.ts` builds it). */
import type { Translate } from '../../ui/strings.ts';
import type { AdminUser } from '../types.ts';

export interface AdminContext {
  /** The page's root (its states, and the `data-strings` its parts read). */
  page: HTMLElement;
  /** The element a selector names in the page; a missing one is a bug in the page. */
  q<T extends HTMLElement = HTMLElement>(selector: string): T;
  /** The page's strings, filled. */
  s: Translate;
  /** The accounts shown, as last read. */
  users(): AdminUser[];
  /** Shows an account as the API just returned it, in the table. */
  replaceUser(user: AdminUser): void;
  /** What every failed call does first: a lost session or role shows the page's state; true then. */
  lostAccess(status: number): boolean;
}
