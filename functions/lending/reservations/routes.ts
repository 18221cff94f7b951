import { viewerOrThrow } from '../../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { cancelReservation } from './cancel-reservation.ts';
import { changeReservationDates } from './change-reservation-dates.ts';
import { readMyLoans } from './read-my-loans.ts';
import { reserveEquipment } from './reserve-equipment.ts';
import {
  ChangeDatesSchema,
  MyLoansSchema,
  ReservationIdParamSchema,
  ReservationViewSchema,
  ReserveSchema,
} from './schema.ts';

const reservationRoute = routeDeclarations(['Lending reservations']);

const throughput = { 503: problem('The table refused for throughput; nothing was written, try again') };

const reserve = reservationRoute.signedIn('post', '/', {
  summary: 'Reserve a model at a lending point for a run of days (a unit is assigned; never double-booked)',
  request: { body: JSON_BODY(ReserveSchema) },
  responses: {
    201: JSON_RESPONSE(ReservationViewSchema, 'Reserved'),
    400: problem('Dates in the past, reversed, on closed days, too long, too soon, or a model the point does not hold'),
    403: problem('The training this equipment needs (`requiredTraining`, `link`), or a cross-site request'),
    404: problem('No such model or lending point'),
    409: problem('A limit reached (`limit`), or no unit free for these days (`nextFree`)'),
    ...throughput,
  },
});

const changeDates = reservationRoute.signedIn('patch', '/{id}', {
  summary: 'Move my reservation to other days (same unit; released and claimed days in one transaction)',
  request: { params: ReservationIdParamSchema, body: JSON_BODY(ChangeDatesSchema) },
  responses: {
    200: JSON_RESPONSE(ReservationViewSchema, 'Moved'),
    403: problem('Someone else’s reservation, the training missing, or a cross-site request'),
    404: problem('No such reservation'),
    409: problem('Cancelled, begun, changed meanwhile, a limit reached, or the new days taken (`nextFree`)'),
    ...throughput,
  },
});

const cancel = reservationRoute.signedIn('post', '/{id}/cancel', {
  summary: 'Cancel my reservation; its days are freed',
  request: { params: ReservationIdParamSchema },
  responses: {
    200: JSON_RESPONSE(ReservationViewSchema, 'Cancelled'),
    403: problem('Someone else’s reservation, or a cross-site request'),
    404: problem('No such reservation'),
    409: problem('Already cancelled, or its pick-up day has come'),
    ...throughput,
  },
});

/** Reservations, mounted at `/api/lending/reservations`. */
export const reservationRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(reserve, async (c) => {
      const { acceptTerms: _accepted, ...input } = c.req.valid('json');
      const view = await reserveEquipment(deps, { viewer: viewerOrThrow(c.var.viewer), input });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 201);
    })
    .openapi(changeDates, async (c) => {
      const view = await changeReservationDates(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        reservationId: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 200);
    })
    .openapi(cancel, async (c) => {
      const view = await cancelReservation(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        reservationId: c.req.valid('param').id,
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 200);
    });

const myLoans = reservationRoute.signedInRead('/', {
  summary: 'My loans: upcoming, current and past reservations, with the model and point named',
  responses: { 200: JSON_RESPONSE(MyLoansSchema, 'My loans') },
});

/** `GET /api/me/lending`: mounted at `/me/lending`. */
export const myLoanRoutes = (deps: AppDeps) =>
  createRouter().openapi(myLoans, async (c) => {
    c.header('cache-control', PRIVATE_NO_STORE);
    return c.json(await readMyLoans(deps, viewerOrThrow(c.var.viewer)), 200);
  });
