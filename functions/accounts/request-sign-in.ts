import type { AppDeps } from '../platform/deps.ts';
import { consumeRateLimit, type RateLimit } from '../platform/rate-limit.ts';
import { hashToken, randomToken } from '../platform/tokens.ts';
import { type Language, SIGN_IN_CONFIRM_PAGE } from './schema.ts';
import { signInEmail } from './sign-in-email.ts';
import { putSignInToken } from './store.ts';

export const SIGN_IN_LINK_TTL_MS = 15 * 60 * 1000;

/** Per address: enough for a person who retries, too few to flood their mailbox. */
export const SIGN_IN_PER_EMAIL: RateLimit = { name: 'sign-in-email', max: 5, windowSeconds: 15 * 60 };
/** Per IP: higher, because a library's or a school's public computers share one address. */
export const SIGN_IN_PER_IP: RateLimit = { name: 'sign-in-ip', max: 30, windowSeconds: 15 * 60 };

/**
 * Sends a one-time sign-in link to `email`. It does the same whether or not an account exists
 * (the account is created when the link is used), so the answer reveals nothing.
 */
export const requestSignIn = async (
  deps: AppDeps,
  options: { email: string; next?: string; language: Language; clientIp: string },
): Promise<void> => {
  await consumeRateLimit(deps, SIGN_IN_PER_IP, options.clientIp);
  await consumeRateLimit(deps, SIGN_IN_PER_EMAIL, options.email);
  const token = randomToken();
  const now = deps.clock.now();
  await putSignInToken(deps, hashToken(token), {
    email: options.email,
    next: options.next,
    language: options.language,
    createdAt: now.toISOString(),
    validUntil: now.getTime() + SIGN_IN_LINK_TTL_MS,
  });
  // The portal's page, whose button signs in: opening the link alone (a mail scanner does) uses nothing.
  const link = new URL(SIGN_IN_CONFIRM_PAGE[options.language], deps.config.publicUrl);
  link.searchParams.set('token', token);
  await deps.mailer.send(signInEmail({ to: options.email, link: link.href, language: options.language }));
};
