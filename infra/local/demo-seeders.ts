import type { AppDeps } from '../../functions/platform/deps.ts';

/** Loads part of the demo city (content/demo/) into a new, empty table. */
export interface DemoSeeder {
  name: string;
  seed(deps: AppDeps): Promise<string[]>;
}

/** Each feature adds its seeder here; they run in order, so later ones may use earlier ones' data. */
export const DEMO_SEEDERS: DemoSeeder[] = [];

export const seedDemoContent = async (deps: AppDeps, print: (line: string) => void) => {
  for (const seeder of DEMO_SEEDERS) {
    for (const line of await seeder.seed(deps)) print(`   ${line}`);
  }
};
