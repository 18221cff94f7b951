import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { Reportable } from '../platform/reportable.ts';
import { transact } from '../platform/transact.ts';
import { dequeue, getQueueEntry, markReviewed, openReports } from './store.ts';

export type Decision = { hide: { reason: string } } | 'restore';

/** How often a review that lost a race with a report (or an edit) reads the item again. */
const ATTEMPTS = 5;

/**
 * A reviewer's decision on an item: hidden with a reason its owners read, or shown again. The
 * item's new state and its leaving the queue are one transaction, conditioned on the reports
 * the reviewer's decision covers: a report arriving meanwhile makes the review read again rather
 * than vanish unseen. The reports are then closed but kept (see `report`).
 */
export const review = async <R, Q>(
  deps: AppDeps,
  kind: Reportable<R, Q>,
  id: string,
  decision: Decision,
): Promise<R> => {
  const collection = kind.collection(id);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const target = await kind.load(deps, id);
    if (!target) throw new AppError('not-found', kind.notFound(id));
    const [entry, reports] = await Promise.all([getQueueEntry(deps, collection), openReports(deps, collection)]);
    const at = deps.clock.now().toISOString();
    const change =
      decision === 'restore' ? target.restore(at) : target.hide({ by: 'staff', reason: decision.hide.reason, at });
    if (await transact(deps, [dequeue(deps, collection, entry), ...change.writes])) {
      await markReviewed(deps, collection, reports, at);
      await change.afterwards(deps);
      return change.record;
    }
  }
  throw new AppError('conflict', kind.changedMeanwhile);
};
