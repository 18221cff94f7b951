import type { AppDeps } from './deps.ts';

/**
 * One piece of daily upkeep owned by a feature (expired uploads, journal digests). The daily
 * job runs every feature's tasks; one failing task does not stop the others.
 */
export interface DailyTask {
  name: string;
  /** Returns figures for the logs (e.g. `{ expired: 3 }`). */
  run(deps: AppDeps): Promise<Record<string, number>>;
}
