import { fileURLToPath } from 'node:url';
import { loadModules } from './load-modules.ts';
import type { TrainingModule } from './module-schema.ts';

/**
 * Where the module files are: `TRAINING_CONTENT_DIR` (a Lambda carries a copy of
 * `content/training/` beside its code), else the repository's own folder (the local runtime,
 * the tests, the site's build).
 */
export const trainingContentDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.TRAINING_CONTENT_DIR || fileURLToPath(new URL('../../content/training', import.meta.url));

let loaded: { dir: string; modules: TrainingModule[] } | undefined;

/** The city's modules, read once per process (they change only with a deployment). */
export function trainingCatalogue(dir = trainingContentDir()): TrainingModule[] {
  if (loaded?.dir !== dir) loaded = { dir, modules: loadModules(dir) };
  return loaded.modules;
}

export const findModule = (moduleId: string, dir?: string): TrainingModule | undefined =>
  trainingCatalogue(dir).find((module) => module.id === moduleId);
