/**
 * The training API as the staff pages call it: JSON in, the response back, the body's hash and
 * the request timeout from the house helpers. Reads of what a person just changed, or of what
 * only they see, skip every cache.
 */
import { apiFetch } from '../api.ts';
import { requestTimeout, uncachedFetch } from '../ui/fetch.ts';

/** A read that must reflect the last change (private pages, a list read again after an act). */
export const readFresh = (path: string): Promise<Response> =>
  uncachedFetch(path, { headers: { accept: 'application/json' }, signal: requestTimeout() });

/** A public read the edge may answer from its cache. */
export const readPublic = (path: string): Promise<Response> =>
  fetch(path, { headers: { accept: 'application/json' }, signal: requestTimeout() });

/** A write: `POST`, `PUT`, `PATCH` or `DELETE`, with a JSON body when there is one. */
export const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Response> =>
  apiFetch(path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: requestTimeout(),
  });

export const paths = {
  modules: '/api/training/modules',
  sessions: '/api/training/sessions?limit=100',
  session: (id: string) => `/api/training/sessions/${encodeURIComponent(id)}`,
  schedule: (moduleId: string) => `/api/training/${encodeURIComponent(moduleId)}/sessions`,
  cancel: (id: string) => `/api/training/sessions/${encodeURIComponent(id)}/cancel`,
  registration: (id: string) => `/api/training/sessions/${encodeURIComponent(id)}/registration`,
  calendar: (id: string) => `/api/training/sessions/${encodeURIComponent(id)}/registration.ics`,
  roster: (id: string) => `/api/training/sessions/${encodeURIComponent(id)}/registrations`,
  attendance: (id: string, userId: string) =>
    `/api/training/sessions/${encodeURIComponent(id)}/attendance/${encodeURIComponent(userId)}`,
  mySessions: '/api/me/training/sessions',
  holders: (moduleId: string) => `/api/training/${encodeURIComponent(moduleId)}/certifications`,
  certification: (moduleId: string, userId: string) =>
    `/api/training/${encodeURIComponent(moduleId)}/certifications/${encodeURIComponent(userId)}`,
  instructors: '/api/training/instructors',
  instructor: (moduleId: string, userId: string) =>
    `/api/training/${encodeURIComponent(moduleId)}/instructors/${encodeURIComponent(userId)}`,
  users: (cursor?: string) => `/api/admin/users?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  verify: '/api/training/credentials/verify',
};
