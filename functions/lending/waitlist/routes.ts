import { viewerOrThrow } from '../../platform/auth.ts';
import { answerRead, PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { ReservationViewSchema } from '../reservations/schema.ts';
import { claimHold } from './claim-hold.ts';
import { joinWaitlist } from './join-waitlist.ts';
import { leaveWaitlist } from './leave-waitlist.ts';
import { readLendingOutcomes } from './read-outcomes.ts';
import {
  ClaimHoldSchema,
  JoinWaitlistSchema,
  OutcomesQuerySchema,
  OutcomesSchema,
  WaitingEntryParamSchema,
  WaitingEntryViewSchema,
} from './schema.ts';

const waitlistRoute = routeDeclarations(['Lending waiting list']);

const join = waitlistRoute.signedIn('post', '/', {
  summary: 'Join the waiting list of a model at a point for days no unit has free (once per person and days)',
  request: { body: JSON_BODY(JoinWaitlistSchema) },
  responses: {
    201: JSON_RESPONSE(WaitingEntryViewSchema, 'On the list'),
    400: problem('Dates in the past, reversed, on closed days, too long, too soon, or a model the point does not hold'),
    403: problem('The training this equipment needs (`requiredTraining`, `link`), or a cross-site request'),
    404: problem('No such model or lending point'),
    409: problem('Already waiting for these days (`alreadyWaiting`), or a unit is free for them (`free`)'),
  },
});

const leave = waitlistRoute.signedIn('delete', '/{id}', {
  summary: 'Leave the waiting list; a unit held for me goes to the next person',
  request: { params: WaitingEntryParamSchema },
  responses: {
    200: JSON_RESPONSE(WaitingEntryViewSchema, 'Left'),
    403: problem('Someone else’s entry, or a cross-site request'),
    404: problem('No such entry'),
    409: problem('No longer on the list (claimed, left, expired)'),
  },
});

const claim = waitlistRoute.signedIn('post', '/{id}/claim', {
  summary: 'Reserve the unit held for me (before the hold ends; the reservation’s rules apply)',
  request: { params: WaitingEntryParamSchema, body: JSON_BODY(ClaimHoldSchema) },
  responses: {
    201: JSON_RESPONSE(ReservationViewSchema, 'Reserved'),
    403: problem('Someone else’s entry, the training missing, or a cross-site request'),
    404: problem('No such entry'),
    409: problem('Nothing held, the hold ended (`held: false`), or a limit reached (`limit`)'),
    503: problem('The table refused for throughput; nothing was written, try again'),
  },
});

/** The waiting list, mounted at `/api/lending/waitlist`. */
export const waitlistRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(join, async (c) => {
      const view = await joinWaitlist(deps, { viewer: viewerOrThrow(c.var.viewer), input: c.req.valid('json') });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 201);
    })
    .openapi(leave, async (c) => {
      const view = await leaveWaitlist(deps, { viewer: viewerOrThrow(c.var.viewer), entryId: c.req.valid('param').id });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 200);
    })
    .openapi(claim, async (c) => {
      const view = await claimHold(deps, { viewer: viewerOrThrow(c.var.viewer), entryId: c.req.valid('param').id });
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json(view, 201);
    });

const outcomes = routeDeclarations(['Lending fairness']).open('get', '/', {
  summary: 'Open data: a month’s outcome of lending (requests, units, loans, first-time borrowers served…)',
  request: { query: OutcomesQuerySchema },
  responses: {
    200: JSON_RESPONSE(OutcomesSchema, 'The month’s figures'),
    400: problem('Not a month (YYYY-MM)'),
  },
});

/** The monthly outcome, mounted at `/api/lending/outcomes`: a past month changes no more, the current one does. */
export const outcomeRoutes = (deps: AppDeps) =>
  createRouter().openapi(outcomes, async (c) => {
    const { month } = c.req.valid('query');
    const current = cityDay(deps.clock.now(), deps.config.timeZone).slice(0, 7);
    return answerRead(
      c,
      { view: await readLendingOutcomes(deps, month), cache: 'public' },
      month < current ? PUBLIC_DETAIL_CACHE : PUBLIC_LIST_CACHE,
    );
  });
