import type { PageKey } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import type { Reportable } from '../platform/reportable.ts';
import { openReports, type QueueEntry, queuePage } from './store.ts';

/**
 * One review queue for everything residents can report, oldest first report first. Each entry
 * records its kind; that kind's adapter describes it. An entry whose item is gone (deleted with
 * its reports pending) is left out.
 */
export const moderationQueue = async <Q>(
  deps: AppDeps,
  kinds: readonly Reportable<unknown, Q>[],
  page: { limit: number; startKey?: PageKey },
) => {
  const { entries, lastKey } = await queuePage(deps, page);
  const described = await Promise.all(entries.map((entry) => describe(deps, kinds, entry)));
  return { items: described.filter((item): item is Awaited<Q> => item !== undefined), lastKey };
};

const describe = async <Q>(deps: AppDeps, kinds: readonly Reportable<unknown, Q>[], entry: QueueEntry) => {
  const kind = kinds.find((candidate) => candidate.kind === entry.kind);
  const target = kind ? await kind.load(deps, entry.id) : undefined;
  if (!kind || !target) return undefined;
  return target.inQueue(deps, await openReports(deps, kind.collection(entry.id)));
};
