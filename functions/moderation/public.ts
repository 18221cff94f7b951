/**
 * What other features use of moderation: the report route of their items, their review routes
 * (and `review` itself, for use cases that decide), and forgetting an item's reports when the
 * item goes.
 * Their items reach moderation through their `Reportable` adapter (platform/reportable.ts),
 * contributed by their feature.ts.
 */
export { reportRoute } from './report-route.ts';
export { review } from './review.ts';
export { reviewRoutes } from './review-routes.ts';
export { forgetReports } from './store.ts';
