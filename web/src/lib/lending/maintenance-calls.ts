/**
 * The maintenance tickets' API as the desk's page calls it (never from a cache: staff act on what
 * they read). Each answers the response, for the caller to read by status.
 */
import { api } from '../api.ts';
import { requestTimeout } from '../ui/fetch.ts';

const fresh = () => ({ init: { cache: 'no-store' as const, signal: requestTimeout() } });
const tickets = api.api.lending.tickets;

export type TicketStep = 'in-repair' | 'back-in-service' | 'retired';

export const readTickets = (pointId: string) => tickets.$get({ query: { pointId } }, fresh());
export const openTicket = (json: { assetTag: string; pointId: string; reason: string; days?: number }) =>
  tickets.$post({ json }, fresh());
export const moveTicket = (id: string, json: { status: TicketStep; expectedUpdatedAt: string }) =>
  tickets[':id'].status.$post({ param: { id }, json }, fresh());
