import { defineBackground } from '../platform/feature.ts';
import { seedDemoAccounts } from './seed-demo-accounts.ts';

/** Accounts outside requests: the demo city's people. */
export const accountsBackground = defineBackground({
  name: 'accounts',
  demoSeeders: [
    { name: 'accounts', seed: async (deps, demo) => seedDemoAccounts(deps, await demo.readJson('accounts.json')) },
  ],
});
