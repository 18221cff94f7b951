import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { provisionUser } from './provision-user.ts';
import { ProfileSchema } from './schema.ts';
import { updateUser } from './store.ts';

export const DemoAccountsSchema = z.object({
  accounts: z.array(
    // A demo person is what their profile shows, plus the role the demo gives them.
    ProfileSchema.pick({
      displayName: true,
      attributionName: true,
      bio: true,
      neighbourhood: true,
      language: true,
      publicProfile: true,
    }).extend({
      email: z.email(),
      role: z.enum(['citizen', 'staff', 'admin']),
      staffOf: z.array(z.string()).default([]),
    }),
  ),
});

/** Creates the demo city's people (content/demo/accounts.json) with their roles. */
export const seedDemoAccounts = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const { accounts } = DemoAccountsSchema.parse(content);
  const lines: string[] = [];
  for (const account of accounts) {
    const { user } = await provisionUser(deps, account);
    await updateUser(deps, user.id, {
      bio: account.bio,
      neighbourhood: account.neighbourhood,
      publicProfile: account.publicProfile,
      admin: account.role === 'admin',
      staffOf: account.role === 'staff' ? account.staffOf : [],
    });
    lines.push(`demo ${account.role}: ${account.email}`);
  }
  return lines;
};
