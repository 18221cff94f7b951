/** What the parts of the stewards' tools share (`start.ts` builds it). */
import type { SignedInContext } from '../types.ts';

export interface StewardContext extends SignedInContext {
  q<T extends HTMLElement = HTMLElement>(selector: string): T;
  /** A failure common to every tool, said on `statusLine`: a lost stewardship reloads who the person is. */
  failed(statusLine: HTMLElement, code: number): void;
}
