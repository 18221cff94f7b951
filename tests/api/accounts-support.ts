import { provisionUser } from '../../functions/accounts/provision-user.ts';
import { startSession } from '../../functions/accounts/sessions.ts';
import { updateUser } from '../../functions/accounts/store.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { uniqueEmail } from './support.ts';

export type TestRole = 'citizen' | 'staff' | 'admin';

/**
 * A person with a role and a live session, created through the accounts use cases (faster than
 * the e-mail flow, which accounts.test.ts covers). Returns the cookie header to send.
 */
export const personWithRole = async (deps: AppDeps, role: TestRole) => {
  const { user } = await provisionUser(deps, { email: uniqueEmail(role) });
  if (role !== 'citizen') {
    await updateUser(deps, user.id, { admin: role === 'admin', staffOf: role === 'staff' ? ['test-point'] : [] });
  }
  const sessionId = await startSession(deps, { userId: user.id });
  return { user, cookie: `communs_session=${sessionId}` };
};
