/** What the parts of the instructors' pages share (each page's controller builds it). */
import { keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { stringsOf, type Translate } from '../ui/strings.ts';

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

/** The context every instructor page's parts start from. */
export const staffContext = (root: HTMLElement): StaffContext => ({
  root,
  s: stringsOf(root),
  q: <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector),
  lostAccess: lostAccessOf(root),
});

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

/**
 * Starts an instructor page once a staff person is signed in (others see why not), loading it
 * again on each sign-in change. A page about one thing named in its address (`?id=`, `?module=`)
 * gives `named`: without it the page says what is missing, and the address survives a change of
 * language or a sign-in.
 */
export const bootTeachingPage = (
  root: HTMLElement,
  start: (root: HTMLElement, named: string, viewerId: string) => () => Promise<void>,
  named?: () => string | undefined,
) => {
  let thing = '';
  if (named) {
    keepQueryInLanguageSwitch();
    signInComesBack(root);
    const found = named();
    if (!found) {
      showState(root, 'missing');
      return;
    }
    thing = found;
  }
  let load: (() => Promise<void>) | undefined;
  whenSignedIn(root, ({ profile }) => {
    if (!mayTeach(profile.roles)) {
      showState(root, 'forbidden');
      return;
    }
    load ??= start(root, thing, profile.id);
    void load();
  });
};
