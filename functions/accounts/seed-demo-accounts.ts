import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { provisionUser } from './provision-user.ts';
import { LANGUAGES } from './schema.ts';
import { updateUser } from './store.ts';

export const DemoAccountsSchema = z.object({
  accounts: z.array(
    z.object({
      email: z.email(),
      displayName: z.string(),
      attributionName: z.string(),
      bio: z.string().optional(),
      neighbourhood: z.string().optional(),
      language: z.enum(LANGUAGES),
      publicProfile: z.boolean(),
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
