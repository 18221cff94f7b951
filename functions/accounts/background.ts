import { defineBackground } from '../platform/feature.ts';
import { accountErasureWork } from './my-data.ts';
import { seedDemoAccounts } from './seed-demo-accounts.ts';

/** Accounts outside requests: erasing an account part by part, the demo city's people. */
export const accountsBackground = defineBackground({
  name: 'accounts',
  workHandlers: [accountErasureWork],
  demoSeeders: [
    { name: 'accounts', seed: async (deps, demo) => seedDemoAccounts(deps, await demo.readJson('accounts.json')) },
  ],
});
