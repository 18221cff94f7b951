/**
 * Asking for a sign-in link, shared by the sign-in page and the check-your-mail page ("send
 * again"). The address is kept in sessionStorage for the next page to show, never in the URL.
 */
import { api } from '../api.ts';
import { minutesToWait, readProblem } from '../ui/form.ts';
import { rememberMaybeSignedIn } from '../ui/session.ts';
import { plural, type Translate } from '../ui/strings.ts';

/** The API's rule for `next`: a path on this site (one leading slash, no spaces). */
export const SAME_SITE_PATH = /^\/(?![/\\])\S*$/;

export interface SignInRequest {
  email: string;
  next?: string | undefined;
  language: 'fr' | 'en';
}

const REQUEST_KEY = 'communs.signInRequest';

export const storedRequest = (): SignInRequest | undefined => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(REQUEST_KEY) ?? 'null') as SignInRequest | null;
    return stored && typeof stored.email === 'string' ? stored : undefined;
  } catch {
    return undefined;
  }
};

export type SignInOutcome = { sent: true } | { sent: false; invalidEmail: boolean; message: string };

/**
 * Sends the request; on success remembers it (and that this browser may soon be signed in).
 * `s` holds the failure messages (`signIn.rateLimited.*`, `form.failed`).
 */
export const requestSignInLink = async (request: SignInRequest, s: Translate): Promise<SignInOutcome> => {
  try {
    const response = await api.api.auth['sign-in'].$post({ json: request });
    if (response.status === 202) {
      try {
        sessionStorage.setItem(REQUEST_KEY, JSON.stringify(request));
      } catch {
        // The next page then speaks of "your address" instead of showing it.
      }
      rememberMaybeSignedIn();
      return { sent: true };
    }
    const problem = await readProblem(response);
    if (response.status === 429) {
      return {
        sent: false,
        invalidEmail: false,
        message: plural(s, 'signIn.rateLimited', minutesToWait(response, problem)),
      };
    }
    const invalidEmail = response.status === 400 && (problem.errors ?? []).some(({ path }) => path === 'email');
    return { sent: false, invalidEmail, message: s('form.failed') };
  } catch {
    return { sent: false, invalidEmail: false, message: s('form.failed') };
  }
};
