/**
 * The waiting list's API as the lending islands call it: join, leave, claim a held unit. Each
 * answers the response, for the caller to read by status.
 */
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const waitlist = api.api.lending.waitlist;

export const joinWaitlist = (input: { modelId: string; pointId: string; pickUp: string; returnDay: string }) =>
  waitlist.$post({ json: input }, fresh());

export const leaveWaitlist = (id: string) => waitlist[':id'].$delete({ param: { id } }, fresh());

export const claimHold = (id: string) =>
  waitlist[':id'].claim.$post({ param: { id }, json: { acceptTerms: true } }, fresh());

/** A waiting entry as my loans shows it. */
export interface WaitingView {
  id: string;
  model: { id: string; name: string };
  point: { id: string; name: string; address: string };
  pickUp: string;
  returnDay: string;
  status: 'waiting' | 'offered' | 'claimed' | 'left' | 'expired' | 'lapsed';
  holdExpiresAt: string | null;
}
