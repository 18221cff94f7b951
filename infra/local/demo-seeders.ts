import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { seedDemoAccounts } from '../../functions/accounts/seed-demo-accounts.ts';
import { DemoMediaSchema, seedDemoMedia } from '../../functions/media/seed-demo-media.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { seedDemoProjects } from '../../functions/projects/seed-demo-projects.ts';
import { seedDemoTrails } from '../../functions/trails/seed-demo-trails.ts';

const DEMO_DIR = resolve(import.meta.dirname, '../../content/demo');

const readDemo = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(DEMO_DIR, file), 'utf8'));

/** What earlier seeders made that later ones refer to (media ids by demo file name). */
export interface DemoContext {
  mediaIds: Map<string, string>;
}

/** Loads part of the demo city (content/demo/) into a new, empty table; returns lines to print. */
export interface DemoSeeder {
  name: string;
  seed(deps: AppDeps, demo: DemoContext): Promise<string[]>;
}

/** In order: later seeders may use what earlier ones created (people before their projects). */
export const DEMO_SEEDERS: DemoSeeder[] = [
  { name: 'accounts', seed: async (deps) => seedDemoAccounts(deps, await readDemo('accounts.json')) },
  {
    name: 'media',
    seed: async (deps, demo) => {
      const { clips } = (await readDemo('media/clips.json')) as { clips: unknown };
      const { images } = (await readDemo('media/images.json')) as { images: unknown };
      const items = DemoMediaSchema.parse([...(clips as unknown[]), ...(images as unknown[])]);
      const ids = await seedDemoMedia(deps, items, (file) => readFile(join(DEMO_DIR, 'media', file)));
      demo.mediaIds = ids;
      return [`demo media: ${ids.size} published through the pipeline`];
    },
  },
  {
    name: 'projects',
    seed: async (deps, demo) => seedDemoProjects(deps, await readDemo('projects.json'), demo.mediaIds),
  },
  {
    name: 'trails',
    seed: async (deps, demo) => seedDemoTrails(deps, await readDemo('trails.json'), demo.mediaIds),
  },
];

/** Marks a data folder as seeded, so demo content loads once even if a tool created the table first. */
const SEEDED_MARKER = { pk: 'META', sk: 'DEMO_SEEDED' };

/** Loads the demo city the first time a data folder is used; returns whether it did. */
export const seedDemoContentOnce = async (deps: AppDeps, print: (line: string) => void): Promise<boolean> => {
  const { Item } = await deps.db.send(new GetCommand({ TableName: deps.tableName, Key: SEEDED_MARKER }));
  if (Item) return false;
  print('Loading the demo city (content/demo/)…');
  const demo: DemoContext = { mediaIds: new Map() };
  for (const seeder of DEMO_SEEDERS) {
    for (const line of await seeder.seed(deps, demo)) print(`   ${line}`);
  }
  await deps.db.send(
    new PutCommand({ TableName: deps.tableName, Item: { ...SEEDED_MARKER, at: deps.clock.now().toISOString() } }),
  );
  return true;
};
