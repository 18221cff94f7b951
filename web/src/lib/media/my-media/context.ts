/** What the parts of "My media" share (`page.ts` builds it): the list as shown, and its status line. */

import type { RecentlyGone } from '../../ui/recently-gone.ts';
import type { Translate } from '../../ui/strings.ts';
import type { OwnMedia } from '../types.ts';

export interface MyMediaContext {
  root: HTMLElement;
  tr: Translate;
  locale: 'fr' | 'en';
  /** The list of cards, and its heading (where focus goes when the medium it was on is gone). */
  list: HTMLUListElement;
  listTitle: HTMLElement;
  /** The list's status line (announced). */
  listStatus: HTMLElement;
  /** Media just deleted, kept off the list while the index it is read from catches up. */
  gone: RecentlyGone;
  /** The media shown, as last read. */
  media(): OwnMedia[];
  /** Shows a medium as the API just returned it, in the list. */
  replace(item: OwnMedia): void;
  /** Reads the first page again (or the one after `cursor`); false when that failed. */
  load(cursor?: string): Promise<boolean>;
  /** A 401 forgets the session and says so on `status`; true then. */
  sessionEnded(response: Response, status: HTMLElement): boolean;
}

/** What a card's buttons open. */
export interface CardActions {
  edit(id: string): void;
  remove(id: string): void;
}
