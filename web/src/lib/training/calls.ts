/**
 * The training API as the islands call it: my status for a module, an attempt started, an
 * attempt submitted, my training, my badges and whether I show them, a holder's certifications.
 * Each answers the response, for the caller to read by status.
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

const myTraining = api.api.me.training;

/** My certification of a module as an Open Badges credential (a signed JWT, as a file). */
export const downloadMyBadge = (moduleId: string) =>
  myTraining[':module'].badge.$get({ param: { module: moduleId } }, fresh());

/** Whether my certifications show on my public contributor page. */
export const readCertificationVisibility = () => myTraining.visibility.$get(undefined, fresh());

export const saveCertificationVisibility = (showOnProfile: boolean) =>
  myTraining.visibility.$put({ json: { showOnProfile } }, fresh());

/** The certifications a person shows on their contributor page (404 when they show none): public, cached a while. */
export const readHolderCertifications = (userId: string) =>
  api.api.training.holders[':userId'].certifications.$get(
    { param: { userId } },
    { init: { signal: requestTimeout() } },
  );
