import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { seedDemoAccounts } from '../../functions/accounts/seed-demo-accounts.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';

const DEMO_DIR = resolve(import.meta.dirname, '../../content/demo');

const readDemo = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(DEMO_DIR, file), 'utf8'));

/** Loads part of the demo city (content/demo/) into a new, empty table; returns lines to print. */
export interface DemoSeeder {
  name: string;
  seed(deps: AppDeps): Promise<string[]>;
}

/** In order: later seeders may use what earlier ones created (people before their projects). */
export const DEMO_SEEDERS: DemoSeeder[] = [
  { name: 'accounts', seed: async (deps) => seedDemoAccounts(deps, await readDemo('accounts.json')) },
];

/** Marks a data folder as seeded, so demo content loads once even if a tool created the table first. */
const SEEDED_MARKER = { pk: 'META', sk: 'DEMO_SEEDED' };

/** Loads the demo city the first time a data folder is used; returns whether it did. */
export const seedDemoContentOnce = async (deps: AppDeps, print: (line: string) => void): Promise<boolean> => {
  const { Item } = await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: SEEDED_MARKER }));
  if (Item) return false;
  print('Loading the demo city (content/demo/)…');
  for (const seeder of DEMO_SEEDERS) {
    for (const line of await seeder.seed(deps)) print(`   ${line}`);
  }
  await deps.db.send(
    new PutCommand({ TableName: deps.tableName, Item: { ...SEEDED_MARKER, at: deps.clock.now().toISOString() } }),
  );
  return true;
};
