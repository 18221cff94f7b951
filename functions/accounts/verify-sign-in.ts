import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { hashToken } from '../platform/tokens.ts';
import { provisionUser } from './provision-user.ts';
import type { UserRecord } from './schema.ts';
import { startSession } from './sessions.ts';
import { consumeSignInToken, updateUser } from './store.ts';

/**
 * Uses a sign-in link: consumes the token (once), finds or creates the account, starts a
 * session. Returns the session id for the cookie and where to go next.
 */
export const verifySignIn = async (
  deps: AppDeps,
  options: { token: string; userAgent?: string },
): Promise<{ sessionId: string; next: string; user: UserRecord; created: boolean }> => {
  const now = deps.clock.now();
  const token = await consumeSignInToken(deps, hashToken(options.token), now);
  if (!token) {
    throw new AppError('gone', 'This sign-in link has expired or was already used. Ask for a new one.', {
      extensions: { retry: '/api/auth/sign-in' },
    });
  }
  const { user, created } = await provisionUser(deps, { email: token.email, language: token.language });
  if (user.status === 'erasing') throw new AppError('forbidden', 'This account is being erased.');
  if (user.status !== 'active') {
    throw new AppError('forbidden', 'This account is suspended. Contact the city to know more.');
  }
  const promoted =
    deps.config.adminEmails.includes(user.email) && !user.admin
      ? await updateUser(deps, user.id, { admin: true, updatedAt: now.toISOString() })
      : user;
  const sessionId = await startSession(deps, { userId: user.id, userAgent: options.userAgent });
  deps.metrics.count('SignIns');
  // Without a destination, the home page in the language the link was asked in.
  return { sessionId, next: token.next ?? (token.language === 'en' ? '/en/' : '/'), user: promoted, created };
};
