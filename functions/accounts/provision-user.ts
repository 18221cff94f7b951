import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../platform/deps.ts';
import type { Language, UserRecord } from './schema.ts';
import { createUser, getUser, getUserIdByEmail } from './store.ts';

/**
 * The account for an address, created if needed. Used on first sign-in, by the admin CLI (to
 * make someone admin before they ever sign in) and by the demo data.
 */
export const provisionUser = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock'>,
  options: { email: string; language?: Language; displayName?: string; attributionName?: string },
): Promise<{ user: UserRecord; created: boolean }> => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existingId = await getUserIdByEmail(deps, options.email);
    const existing = existingId ? await getUser(deps, existingId) : undefined;
    if (existing) return { user: existing, created: false };
    const now = deps.clock.now().toISOString();
    // Until the person picks a name: the address's local part, never the whole address.
    const name = options.displayName ?? (options.email.split('@')[0]?.slice(0, 80) || 'Citoyen·ne');
    const user: UserRecord = {
      id: randomUUID(),
      email: options.email,
      displayName: name,
      attributionName: options.attributionName ?? name,
      language: options.language ?? 'fr',
      publicProfile: false,
      admin: false,
      staffOf: [],
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    // Two first links used at once for one new address: one creates, the other reads it back.
    if (await createUser(deps, user)) return { user, created: true };
  }
  throw new Error(`The account for ${options.email} could not be created.`);
};
