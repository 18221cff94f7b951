import type { Translate } from '../../ui/strings.ts';
/** What the parts of the moderation queue share (`page.ts` builds it). */

/** What a decision sent to the API came to: the message to say, or the refusal's status. */
export type Decision = { ok: true; message: string } | { ok: false; status: number };

/** The decision a response means; `message` is said when it succeeded. */
export const decisionOf = (response: { ok: boolean; status: number }, message: string): Decision =>
  response.ok ? { ok: true, message } : { ok: false, status: response.status };

export interface ModerationContext {
  root: HTMLElement;
  tr: Translate;
  locale: 'fr' | 'en';
  /** Administrators alone decide about projects and trails; staff see them. */
  isAdmin: boolean;
  /** Sends a decision about one item, saying progress and failures on its `status` line. */
  decide(send: () => Promise<Decision>, status: HTMLElement): Promise<void>;
  /** Asks to confirm deleting a medium for good (focus goes back to `opener` after). */
  confirmDelete(id: string, title: string, opener: HTMLElement, status: HTMLElement): void;
}
