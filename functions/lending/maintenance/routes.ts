import { requireRole, viewerOrThrow } from '../../platform/auth.ts';
import { answerRead } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { changeTicket, ticketOrThrow } from './change-ticket.ts';
import { listPointTickets } from './list-tickets.ts';
import { openTicketAtDesk } from './open-ticket-at-desk.ts';
import {
  OpenedTicketSchema,
  TicketChangeSchema,
  TicketInputSchema,
  TicketListQuerySchema,
  TicketListSchema,
  TicketParamSchema,
  TicketSchema,
} from './schema.ts';
import { toTicketView } from './views.ts';

/** Staff (of the ticket's point: the use cases check which) and admins. */
const ticketRoute = routeDeclarations(['Lending maintenance'], requireRole('staff', 'admin'));
const STAFF_403 = { 403: problem('Not staff or admin, or not at this lending point') };

const list = ticketRoute.signedIn('get', '/', {
  summary: 'A lending point’s open and in-repair maintenance tickets',
  request: { query: TicketListQuerySchema },
  responses: { 200: JSON_RESPONSE(TicketListSchema, 'The tickets'), ...STAFF_403 },
});

const open = ticketRoute.signedIn('post', '/', {
  summary:
    'Open a ticket for a unit by asset tag: it goes into maintenance for `days` days from today; each reservation in that period moves to another free unit of the model at the point, or is cancelled with an e-mail',
  request: { body: JSON_BODY(TicketInputSchema) },
  responses: {
    201: JSON_RESPONSE(OpenedTicketSchema, 'The ticket, and how many reservations moved or were cancelled'),
    ...STAFF_403,
    404: problem('No such unit'),
    409: problem('The unit is not in service (`ticketId` names its ticket), is at another point, or changed meanwhile'),
  },
});

const read = ticketRoute.signedIn('get', '/{id}', {
  summary: 'One maintenance ticket with its history',
  request: { params: TicketParamSchema },
  responses: { 200: JSON_RESPONSE(TicketSchema, 'The ticket'), ...STAFF_403, 404: problem('No such ticket') },
});

const change = ticketRoute.signedIn('post', '/{id}/status', {
  summary:
    'Move a ticket on: in repair, back in service (its days released and offered to the waiting list), or retired (the unit retired; its future reservations moved or cancelled)',
  request: { params: TicketParamSchema, body: JSON_BODY(TicketChangeSchema) },
  responses: {
    200: JSON_RESPONSE(OpenedTicketSchema, 'The ticket, and how many reservations moved or were cancelled'),
    ...STAFF_403,
    404: problem('No such ticket'),
    409: problem('Not a change this status allows, or changed meanwhile'),
  },
});

/** Maintenance tickets (mounted at `/api/lending/tickets`). */
export const ticketRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) =>
      answerRead(c, {
        view: await listPointTickets(deps, {
          viewer: viewerOrThrow(c.var.viewer),
          pointId: c.req.valid('query').pointId,
        }),
        cache: 'private',
      }),
    )
    .openapi(open, async (c) =>
      c.json(await openTicketAtDesk(deps, { viewer: viewerOrThrow(c.var.viewer), input: c.req.valid('json') }), 201),
    )
    .openapi(read, async (c) =>
      answerRead(c, {
        view: toTicketView(await ticketOrThrow(deps, viewerOrThrow(c.var.viewer), c.req.valid('param').id)),
        cache: 'private',
      }),
    )
    .openapi(change, async (c) => {
      const { ticket, outcomes } = await changeTicket(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        ticketId: c.req.valid('param').id,
        change: c.req.valid('json'),
      });
      return c.json(
        {
          ticket: toTicketView(ticket),
          moved: outcomes.filter((o) => o.outcome === 'moved').length,
          cancelled: outcomes.filter((o) => o.outcome === 'cancelled').length,
        },
        200,
      );
    });
