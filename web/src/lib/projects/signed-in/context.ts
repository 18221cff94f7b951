/** What the parts of a signed-in person's tools share (`start.ts` builds it). */
import type { Membership, SignedInContext } from '../types.ts';

export interface ViewerContext extends SignedInContext {
  /** The participation section's status line (announced) and heading (where reading goes on). */
  status: HTMLElement;
  heading: HTMLElement;
  q<T extends HTMLElement = HTMLElement>(selector: string): T;
  /** After a change: who the person is in the project, the project itself and its log, read again. */
  refreshAll(): Promise<void>;
  /** Shows a relation changed here (following) without asking the API again. */
  setMembership(membership: Membership): void;
}

/** A part that shows what the person's relation to the project allows. */
export interface ViewerPart {
  render(): void;
}
