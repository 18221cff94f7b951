/**
 * @deprecated Kept only for moderate-project.ts until one moderation replaces it: log lines are
 * written by the store's named writes (`store.ts`), and the log is read by `read-project-activity.ts`.
 */

export type { ActivityAction } from './schema.ts';
export { activityEntry } from './store.ts';
