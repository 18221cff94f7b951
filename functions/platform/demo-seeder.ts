import type { AppDeps } from './deps.ts';

/**
 * What a seeder is given besides the dependencies: the demo city's files (content/demo/, read by
 * the local runtime, so features need not know where it lives) and what earlier seeders made.
 */
export interface DemoContext {
  /** A JSON file of content/demo/, parsed; validating it is the seeder's job. */
  readJson(file: string): Promise<unknown>;
  /** The bytes of a file of content/demo/ (media to publish through the pipeline). */
  readBytes(file: string): Promise<Uint8Array>;
  /** Media ids by demo file name, set by the media seeder for the projects and trails that show them. */
  mediaIds: Map<string, string>;
}

/** Loads a feature's part of the demo city into a new, empty table; returns lines to print. */
export interface DemoSeeder {
  name: string;
  seed(deps: AppDeps, demo: DemoContext): Promise<string[]>;
}
