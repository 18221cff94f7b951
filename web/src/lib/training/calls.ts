/**
 * The training API as the islands call it: my status for a module, an attempt started, an
 * attempt submitted, my training. Each answers the response, for the caller to read by status.
 */
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const moduleApi = api.api.training[':module'];

export const readModuleStatus = (moduleId: string) => moduleApi.me.$get({ param: { module: moduleId } }, fresh());

export const startAttempt = (moduleId: string) => moduleApi.attempts.$post({ param: { module: moduleId } }, fresh());

export const submitAttempt = (moduleId: string, attemptId: string, answers: Record<string, string[]>) =>
  moduleApi.attempts[':attemptId'].$post({ param: { module: moduleId, attemptId }, json: { answers } }, fresh());

export const readMyTraining = () => api.api.me.training.$get(undefined, fresh());
