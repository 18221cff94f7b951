/**
 * The training API as the islands call it: my status for a module, an attempt started, an
 * attempt submitted, my training. Each answers the response, for the caller to read by status.
 */
import { apiFetch } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const json = { 'content-type': 'application/json', accept: 'application/json' };
const path = (moduleId: string) => `/api/training/${encodeURIComponent(moduleId)}`;

export const readModuleStatus = (moduleId: string) =>
  apiFetch(`${path(moduleId)}/me`, { cache: 'no-store', headers: json, signal: requestTimeout() });

export const startAttempt = (moduleId: string) =>
  apiFetch(`${path(moduleId)}/attempts`, { method: 'POST', headers: json, signal: requestTimeout() });

export const submitAttempt = (moduleId: string, attemptId: string, answers: Record<string, string[]>) =>
  apiFetch(`${path(moduleId)}/attempts/${encodeURIComponent(attemptId)}`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ answers }),
    signal: requestTimeout(),
  });

export const readMyTraining = () =>
  apiFetch('/api/me/training', { cache: 'no-store', headers: json, signal: requestTimeout() });
