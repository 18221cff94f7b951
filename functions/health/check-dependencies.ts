import type { AppDeps } from '../platform/deps.ts';
import { headMediaBucket, readTableProbe } from './store.ts';

export type CheckStatus = 'ok' | 'down';

export interface DependencyChecks {
  table: CheckStatus;
  media: CheckStatus;
}

const probe = async (call: () => Promise<unknown>): Promise<CheckStatus> => {
  try {
    await call();
    return 'ok';
  } catch {
    return 'down';
  }
};

/** Asks the table and the media bucket for real (a key read, a bucket head), in parallel. */
export const checkDependencies = async (
  deps: Pick<AppDeps, 'db' | 's3' | 'tableName' | 'mediaBucket'>,
): Promise<DependencyChecks> => {
  const [table, media] = await Promise.all([probe(() => readTableProbe(deps)), probe(() => headMediaBucket(deps))]);
  return { table, media };
};
