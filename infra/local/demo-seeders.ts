import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { BACKGROUND_WORK } from '../../functions/background.ts';
import type { DemoContext, DemoSeeder } from '../../functions/platform/demo-seeder.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';

const DEMO_DIR = resolve(import.meta.dirname, '../../content/demo');

/** Marks a data folder as seeded, so demo content loads once even if a tool created the table first. */
const SEEDED_MARKER = { pk: 'META', sk: 'DEMO_SEEDED' };

/**
 * Loads the demo city the first time a data folder is used; returns whether it did. The seeders
 * are the features' (see background.ts), in the list's order: people before their projects.
 */
export const seedDemoContentOnce = async (
  deps: AppDeps,
  print: (line: string) => void,
  seeders: readonly DemoSeeder[] = BACKGROUND_WORK.demoSeeders,
): Promise<boolean> => {
  const { Item } = await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: SEEDED_MARKER }));
  if (Item) return false;
  print('Loading the demo city (content/demo/)…');
  const demo: DemoContext = {
    readJson: async (file) => JSON.parse(await readFile(join(DEMO_DIR, file), 'utf8')),
    readBytes: (file) => readFile(join(DEMO_DIR, file)),
    mediaIds: new Map(),
  };
  for (const seeder of seeders) {
    for (const line of await seeder.seed(deps, demo)) print(`   ${line}`);
  }
  await deps.db.send(
    new PutCommand({ TableName: deps.tableName, Item: { ...SEEDED_MARKER, at: deps.clock.now().toISOString() } }),
  );
  return true;
};
