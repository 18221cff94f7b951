import { defineFeature, mount } from '../platform/feature.ts';
import { adminUserRoutes } from './admin-users-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { meRoutes } from './me-routes.ts';
import { accountErasureWork } from './my-data.ts';
import { seedDemoAccounts } from './seed-demo-accounts.ts';

/** Accounts: sign-in, the signed-in person's own data (`/me` walks every feature's part), admins. */
export const accountsFeature = defineFeature({
  name: 'accounts',
  routes: [
    mount('/auth', authRoutes),
    mount('/me', (deps, { personalData }) => meRoutes(deps, personalData)),
    mount('/admin/users', adminUserRoutes),
  ],
  workHandlers: [accountErasureWork],
  demoSeeders: [
    { name: 'accounts', seed: async (deps, demo) => seedDemoAccounts(deps, await demo.readJson('accounts.json')) },
  ],
});
