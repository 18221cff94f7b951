/**
 * What other features use of moderation: reporting one of their items, reviewing it, the
 * responses a report route documents, and forgetting an item's reports when the item goes.
 * Their items reach moderation through their `Reportable` adapter (platform/reportable.ts),
 * contributed by their feature.ts.
 */
export { report } from './report.ts';
export { reportResponses } from './reporter.ts';
export { review } from './review.ts';
export { forgetReports } from './store.ts';
