import { requireRole, viewerOrThrow } from '../../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { listDeskPoints } from './desk-points.ts';
import { handOverLoan } from './hand-over.ts';
import { readDesk } from './read-desk.ts';
import { readDeskLoan, readMyLoan } from './read-loan.ts';
import {
  DeskLoanParamSchema,
  DeskPointParamSchema,
  DeskPointsSchema,
  DeskSchema,
  DeskSearchQuerySchema,
  DeskSearchSchema,
  HandOverSchema,
  LoanViewSchema,
  MyLoanParamSchema,
  TakeBackSchema,
  WalkInSchema,
} from './schema.ts';
import { searchDesk } from './search-desk.ts';
import { takeBackLoan } from './take-back.ts';
import { lendWalkIn } from './walk-in.ts';

/** Staff (of the point: the use cases check which) and admins (every desk). */
const deskRoute = routeDeclarations(['Lending desk'], requireRole('staff', 'admin'));
const ownRoute = routeDeclarations(['Lending desk']);

const notStaffHere = { 403: problem('Not staff or admin, or staff of another lending point') };
const noLoan = { 404: problem('No such lending point, or no such loan at it') };
const throughput = { 503: problem('The table refused for throughput; nothing was written, try again') };

const points = deskRoute.signedIn('get', '/', {
  summary: 'The desks I work at: the lending points I staff (admins: every point)',
  responses: { 200: JSON_RESPONSE(DeskPointsSchema, 'The points') },
});

const desk = deskRoute.signedIn('get', '/{pointId}', {
  summary: 'A point’s desk today: pick-ups, returns due, overdue loans, units in maintenance',
  request: { params: DeskPointParamSchema },
  responses: { 200: JSON_RESPONSE(DeskSchema, 'The desk'), ...notStaffHere, 404: problem('No such lending point') },
});

const search = deskRoute.signedIn('get', '/{pointId}/search', {
  summary: 'Search the desk by asset tag (as a scanner types it), reservation id or borrower name',
  request: { params: DeskPointParamSchema, query: DeskSearchQuerySchema },
  responses: {
    200: JSON_RESPONSE(DeskSearchSchema, 'What matches'),
    ...notStaffHere,
    404: problem('No such lending point'),
  },
});

const loan = deskRoute.signedIn('get', '/{pointId}/loans/{id}', {
  summary: 'One loan of the desk: to hand over, to take back, or its receipt',
  request: { params: DeskLoanParamSchema },
  responses: { 200: JSON_RESPONSE(LoanViewSchema, 'The loan'), ...notStaffHere, ...noLoan },
});

const handOver = deskRoute.signedIn('post', '/{pointId}/loans/{id}/hand-over', {
  summary: 'Hand a reserved unit over (the scanned unit, or another free one of the model swapped in): the loan starts',
  request: { params: DeskLoanParamSchema, body: JSON_BODY(HandOverSchema) },
  responses: {
    200: JSON_RESPONSE(LoanViewSchema, 'The loan, out'),
    400: problem('A field is missing or wrong (the checklist’s length, the borrower not confirmed)'),
    ...notStaffHere,
    404: problem('No such point, loan or asset tag'),
    409: problem(
      'A tag of another point or model (`wrong`, `scanned`, `expected`), a checklist of another reservation, not reserved, not its day (`reason`: before-pick-up, after-return-day), the unit taken or out of service',
    ),
    ...throughput,
  },
});

const takeBack = deskRoute.signedIn('post', '/{pointId}/loans/{id}/take-back', {
  summary: 'Take a loan back: checklist, condition, recordings handed over or none, card wiped; early days freed',
  request: { params: DeskLoanParamSchema, body: JSON_BODY(TakeBackSchema) },
  responses: {
    200: JSON_RESPONSE(LoanViewSchema, 'The loan, returned'),
    400: problem('A field is missing or wrong (recordings, card not wiped, the checklist’s length)'),
    ...notStaffHere,
    404: problem('No such point, loan or asset tag'),
    409: problem('Not out, another unit or a tag of another point or model, a checklist of another reservation'),
    ...throughput,
  },
});

const walkIn = deskRoute.signedIn('post', '/{pointId}/walk-ins', {
  summary: 'Lend a free unit now to a person with an account (by e-mail), without a reservation',
  request: { params: DeskPointParamSchema, body: JSON_BODY(WalkInSchema) },
  responses: {
    201: JSON_RESPONSE(LoanViewSchema, 'The loan, out'),
    400: problem(
      'A field is missing or wrong (the return day’s rules), or the point is closed today (`reason: closed-today`)',
    ),
    403: problem('Not staff here, or the borrower lacks the training (`requiredTraining`, `link`)'),
    404: problem('No such point, asset tag, or account with this e-mail'),
    409: problem('A tag of another point, a day reserved or taken, the unit out of service, a limit reached'),
    ...throughput,
  },
});

/** The desk, mounted at `/api/lending/desk`. */
export const deskRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(points, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(await listDeskPoints(deps, viewerOrThrow(c.var.viewer)), 200);
    })
    .openapi(desk, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(await readDesk(deps, { viewer: viewerOrThrow(c.var.viewer), ...c.req.valid('param') }), 200);
    })
    .openapi(search, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      const view = await searchDesk(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        ...c.req.valid('param'),
        ...c.req.valid('query'),
      });
      return c.json(view, 200);
    })
    .openapi(loan, async (c) => {
      const { pointId, id } = c.req.valid('param');
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(await readDeskLoan(deps, { viewer: viewerOrThrow(c.var.viewer), pointId, reservationId: id }), 200);
    })
    .openapi(handOver, async (c) => {
      const { pointId, id } = c.req.valid('param');
      const view = await handOverLoan(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        pointId,
        reservationId: id,
        input: c.req.valid('json'),
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 200);
    })
    .openapi(takeBack, async (c) => {
      const { pointId, id } = c.req.valid('param');
      const view = await takeBackLoan(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        pointId,
        reservationId: id,
        input: c.req.valid('json'),
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 200);
    })
    .openapi(walkIn, async (c) => {
      const view = await lendWalkIn(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        ...c.req.valid('param'),
        input: c.req.valid('json'),
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 201);
    });

const myLoan = ownRoute.signedIn('get', '/{id}', {
  summary: 'One of my loans: its state and receipt (parts, return day, the point’s hours)',
  request: { params: MyLoanParamSchema },
  responses: { 200: JSON_RESPONSE(LoanViewSchema, 'The loan'), 404: problem('I have no such loan') },
});

/** `GET /api/me/lending/{id}`: mounted at `/me/lending`. */
export const myLoanReceiptRoutes = (deps: AppDeps) =>
  createRouter().openapi(myLoan, async (c) => {
    c.header('cache-control', PRIVATE_NO_STORE);
    return c.json(
      await readMyLoan(deps, { viewer: viewerOrThrow(c.var.viewer), reservationId: c.req.valid('param').id }),
      200,
    );
  });
