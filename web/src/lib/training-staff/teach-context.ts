/** What the parts of the instructors' pages share (each page's controller builds it). */
import { showState } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import type { Translate } from '../ui/strings.ts';

export interface StaffContext {
  root: HTMLElement;
  s: Translate;
  /** The element a selector names in the page; a missing one is a bug in the page. */
  q<T extends HTMLElement = HTMLElement>(selector: string): T;
  /** What every failed call does first: a lost session or role shows the page's state; true then. */
  lostAccess(status: number): boolean;
}

/** The shared reaction to 401 and 403, written once for every staff page. */
export const lostAccessOf = (root: HTMLElement) => (status: number) => {
  if (status === 401) {
    forgetSignedIn();
    showState(root, 'signed-out');
    return true;
  }
  if (status === 403) {
    showState(root, 'forbidden');
    return true;
  }
  return false;
};

/** Staff and administrators may be named instructors; others are told at once. */
export const mayTeach = (roles: readonly string[]) => roles.includes('staff') || roles.includes('admin');

/** The sign-in link of a page addressed by its query (`?id=`, `?module=`) comes back to it whole. */
export const signInComesBack = (root: HTMLElement) => {
  const link = root.querySelector<HTMLAnchorElement>('[data-sign-in-link]');
  if (!link) return;
  const url = new URL(link.href, window.location.href);
  url.searchParams.set('next', `${window.location.pathname}${window.location.search}`);
  link.href = `${url.pathname}${url.search}`;
};
