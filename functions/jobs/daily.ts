import { CONTRIBUTIONS } from '../features.ts';
import { createAwsDeps } from '../platform/aws-deps.ts';
import { runDailyJob } from './daily-job.ts';

const deps = createAwsDeps(CONTRIBUTIONS.hooks, process.env, 'job');

/** EventBridge Scheduler entry: once a day. */
export const handler = async () => runDailyJob(deps);
