import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { Reportable } from '../platform/reportable.ts';
import { transact } from '../platform/transact.ts';
import { reporterKey } from './reporter.ts';
import { enqueue, hasReported, newReport } from './store.ts';

const REPORTED = 'Reported by several people; waiting for review.';

/** How often a report that only ran into other writers (not a refusal) is tried again. */
const ATTEMPTS = 5;

/**
 * Anyone reports a visible item, once per person (or network, for residents) and item, ever: a
 * report closed by a review still counts as made, so the people whose reports an admin found
 * unfounded cannot hide the item again by themselves. The report, the item's count and its
 * queue entry are one transaction; at the configured number of open reports the item is hidden
 * until it is reviewed: moderation after the fact.
 */
export const report = async <R, Q>(
  deps: AppDeps,
  kind: Reportable<R, Q>,
  { id, reason, viewer, clientIp }: { id: string; reason: string; viewer: Viewer | null; clientIp: string },
): Promise<{ hidden: boolean }> => {
  const reporter = await reporterKey(deps, { viewer, clientIp });
  const collection = kind.collection(id);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const target = await kind.load(deps, id);
    if (!target?.reportable) throw new AppError('not-found', kind.notFound(id));
    const at = deps.clock.now().toISOString();
    const recorded = await transact(deps, [
      newReport(deps, collection, { reporterKey: reporter, reason, createdAt: at }),
      target.countReport,
      enqueue(deps, collection, { kind: kind.kind, id, at }),
    ]);
    if (recorded) return { hidden: await hideAtThreshold(deps, kind, id) };
    if (await hasReported(deps, collection, reporter)) throw new AppError('conflict', kind.alreadyReported);
    // Otherwise the item changed meanwhile (or went): read it again.
  }
  throw new AppError('conflict', 'Many reports are arriving at once; please try again.');
};

/**
 * Hides the item once its open reports reach the threshold. The hide is conditioned on the state
 * it read, so among reports arriving together exactly one hides it (and runs what follows).
 * Answers whether the item is hidden now.
 */
const hideAtThreshold = async <R, Q>(deps: AppDeps, kind: Reportable<R, Q>, id: string): Promise<boolean> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const target = await kind.load(deps, id);
    if (!target) return false;
    if (target.hidden || target.openReports < deps.config.flagsToHide) return target.hidden;
    const change = target.hide({ by: 'reports', reason: REPORTED, at: deps.clock.now().toISOString() });
    if (await transact(deps, change.writes)) {
      await change.afterwards(deps);
      return true;
    }
  }
  return Boolean((await kind.load(deps, id))?.hidden);
};
