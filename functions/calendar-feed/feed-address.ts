import type { AppDeps } from '../platform/deps.ts';

/** The feed's address for a token: what the person copies into their calendar application. */
export const feedUrl = (deps: Pick<AppDeps, 'config'>, token: string): string =>
  new URL(`/api/calendar/${token}.ics`, deps.config.publicUrl).href;

/** A token as `randomToken()` makes it: 32 bytes, base64url (43 characters). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
