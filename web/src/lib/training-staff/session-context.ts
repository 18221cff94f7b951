/** What the parts of an instructor's workshop page share (`session-page.ts` builds it). */
import type { StaffContext } from './teach-context.ts';
import type { Roster } from './types.ts';

export interface SessionContext extends StaffContext {
  sessionId: string;
  /** The roster the API last returned. */
  current(): Roster;
  /** Shows a roster (or the session alone, after a change) as the API just returned it. */
  apply(roster: Roster): void;
  /** Reads the roster again; false when it could not be read (the page said why). */
  reload(): Promise<boolean>;
  onRender(listener: (roster: Roster) => void): void;
}
