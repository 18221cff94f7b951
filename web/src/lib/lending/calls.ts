/**
 * The reservations API as the lending islands call it: my loans, reserve, change the dates,
 * cancel. Each answers the response, for the caller to read by status.
 */
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const reservations = api.api.lending.reservations;

export const readMyLoans = () => api.api.me.lending.$get(undefined, fresh());

export const reserve = (input: { modelId: string; pointId: string; pickUp: string; returnDay: string }) =>
  reservations.$post({ json: { ...input, acceptTerms: true } }, fresh());

export const changeDates = (id: string, dates: { pickUp: string; returnDay: string }) =>
  reservations[':id'].$patch({ param: { id }, json: dates }, fresh());

export const cancelReservation = (id: string) => reservations[':id'].cancel.$post({ param: { id } }, fresh());
