/**
 * What the parts of the editor's stop list share (`editor-stops.ts` hands it to them): the
 * editor's context, the list's status line, and focus after a change.
 */
import type { EditorContext } from './editor-types.ts';

/** A stop's action buttons; `media` is the "add a medium" one. */
export type StopAction = 'up' | 'down' | 'edit' | 'remove' | 'media';

export interface StopListParts {
  context: EditorContext;
  /** The list's heading, where focus goes when nothing better is left. */
  heading: HTMLElement;
  /** The list's status line (announced). */
  status: HTMLElement;
  /** After a change, focus goes back to the same control of the same stop, or to the list's heading. */
  focusLater(stopId: string | undefined, action?: StopAction): void;
}
