/**
 * The session hint and who is signed in, asked of `GET /api/me` at most once per page load, shared by every island of
 * the page (the account menu, the profile and admin pages).
 *
 * The session cookie is HttpOnly, so a page cannot see it. Rather than send every resident's page
 * view to the API for a 401 (a Lambda call each, and an error in the browser console), the site
 * keeps a hint in localStorage, "this browser may be signed in", set when a sign-in link is asked
 * for, when the sign-in confirmation page signs the person in (so a link opened in another
 * browser than the one that asked for it signs the person in visibly), or when `/api/me` answers
 * 200; cleared on a 401 or on sign-out.
 */
import type { Profile } from '../api-types.ts';
import { requestTimeout } from './fetch.ts';

const HINT_KEY = 'communs.signedIn';
/** Dispatched on `document` with the new profile as `detail` when the person saves it. */
export const PROFILE_EVENT = 'communs:profile';

export type Viewer =
  | { state: 'signed-in'; profile: Profile }
  | { state: 'signed-out' }
  /** The API could not be reached or failed: neither signed in nor out is known. */
  | { state: 'unavailable' };

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage turned off: fall back to asking the API on every page.
  }
};

const setHint = (signedIn: boolean) => {
  try {
    if (signedIn) storage()?.setItem(HINT_KEY, '1');
    else storage()?.removeItem(HINT_KEY);
  } catch {
    // A full or blocked storage only costs an extra request later.
  }
};

export const rememberMaybeSignedIn = () => setHint(true);
export const forgetSignedIn = () => setHint(false);

/** False when this browser surely has no session, so the API need not be asked. */
export const maybeSignedIn = (): boolean => {
  const store = storage();
  return !store || store.getItem(HINT_KEY) === '1';
};

const askApi = async (): Promise<Viewer> => {
  if (!maybeSignedIn()) return { state: 'signed-out' };
  try {
    const response = await fetch('/api/me', {
      headers: { accept: 'application/json' },
      signal: requestTimeout(),
    });
    if (response.status === 401) {
      forgetSignedIn();
      return { state: 'signed-out' };
    }
    if (!response.ok) return { state: 'unavailable' };
    const profile = (await response.json()) as Profile;
    setHint(true);
    return { state: 'signed-in', profile };
  } catch {
    return { state: 'unavailable' };
  }
};

let current: Promise<Viewer> | undefined;

/** The viewer of this page, asked once; `fresh` asks again (after a failure, for a retry button). */
export const currentViewer = (options: { fresh?: boolean } = {}): Promise<Viewer> => {
  if (!current || options.fresh) current = askApi();
  return current;
};

/** Tells the other islands of the page that the profile changed (the menu shows the new name). */
export const announceProfile = (profile: Profile) => {
  current = Promise.resolve({ state: 'signed-in', profile });
  document.dispatchEvent(new CustomEvent<Profile>(PROFILE_EVENT, { detail: profile }));
};
