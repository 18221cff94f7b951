import type { AppDeps } from './deps.ts';
import type { TransactItem } from './transact.ts';

/** One report as reviewers read it. */
export interface ReportSeen {
  reason: string;
  createdAt: string;
}

/**
 * Who hid an item. `reports`: the threshold was reached, the reports stay open for review.
 * `staff`: a reviewer decided, which closes the review (the item's open-report count goes to 0).
 */
export type HiddenBy = 'reports' | 'staff';

/**
 * A change of what residents see. `writes` are conditioned on the state that was read (refused
 * if the item moved meanwhile) and committed in one transaction with moderation's own items;
 * `afterwards` carries what cannot be in a transaction (files, the search index, a project's
 * trails following it), run once the writes landed.
 */
export interface VisibilityChange<R> {
  writes: TransactItem[];
  afterwards: (deps: AppDeps) => Promise<void>;
  /** The record as it is after the change (what the review routes answer). */
  record: R;
}

/** An item as moderation sees it, loaded by its feature's adapter. */
export interface ReportTarget<R, Q> {
  /** Residents may report it: published and visible, or already hidden by moderation (reports still count). */
  reportable: boolean;
  hidden: boolean;
  /** Reports not yet reviewed (the item's own counter, which its owners may see). */
  openReports: number;
  /** Counts one more open report on the item; refused if the item went meanwhile. */
  countReport: TransactItem;
  /** Hidden by the reports reaching the threshold, or by a reviewer with a reason. */
  hide: (how: { by: HiddenBy; reason: string; at: string }) => VisibilityChange<R>;
  /** Shown again after review: the reports were unfounded (closes the review). */
  restore: (at: string) => VisibilityChange<R>;
  /** How it appears in the moderation queue, with its open reports oldest first. */
  inQueue: (deps: AppDeps, reports: ReportSeen[]) => Promise<Q>;
}

/**
 * What a feature gives moderation so that its items can be reported, hidden at the threshold,
 * queued and reviewed (functions/moderation/ does all of that once, for every kind). `R` is the
 * feature's record, `Q` its queue entry as the moderation queue answers it.
 */
export interface Reportable<R = unknown, Q = unknown> {
  /** Recorded on each queue entry: which adapter describes it. */
  kind: string;
  /** The item collection (partition key) the reports and the queue entry of an item are kept in. */
  collection: (id: string) => string;
  /** The 404 detail for an item that does not exist (or cannot be reported or reviewed). */
  notFound: (id: string) => string;
  /** The 409 detail for a second report by the same person (or network). */
  alreadyReported: string;
  /** The 409 detail for a review that kept losing races with reports or edits. */
  changedMeanwhile: string;
  /** The item, or undefined when there is nothing to moderate under that id. */
  load: (deps: AppDeps, id: string) => Promise<ReportTarget<R, Q> | undefined>;
}
