import { z } from '@hono/zod-openapi';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead, PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE } from '../platform/cache.ts';
import { PageQuerySchema, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { markAttendance } from './attendance-mark.ts';
import { giveUpRegistration } from './registration-give-up.ts';
import { registerForSession } from './registration-register.ts';
import { noSession, notRegistered, workshopRoute } from './route-common.ts';
import { cancelSession, editSession, scheduleSession } from './sessions-manage.ts';
import {
  listUpcomingSessions,
  myRegistrationCalendar,
  readMyRegistration,
  readMySessions,
  readRoster,
  readSession,
} from './sessions-read.ts';
import {
  AttendanceParamSchema,
  AttendanceSchema,
  CancelSessionSchema,
  EditSessionSchema,
  ModuleParamSchema,
  MySessionSchema,
  RegisterSchema,
  RegistrationViewSchema,
  RosterSchema,
  ScheduleSessionSchema,
  SessionIdParamSchema,
  SessionViewSchema,
} from './sessions-schema.ts';

/** The answers of a route only the module's instructors may take, besides the signed-in errors. */
const instructorErrors = {
  403: problem('Not an instructor of the module'),
  404: problem('No such session or module'),
};

const list = workshopRoute.open('get', '/sessions', {
  summary: 'Workshop sessions to come, soonest first',
  request: { query: PageQuerySchema },
  responses: { 200: JSON_RESPONSE(pageOf(SessionViewSchema), 'A page of sessions') },
});

const detail = workshopRoute.open('get', '/sessions/{id}', {
  summary: 'One workshop session',
  request: { params: SessionIdParamSchema },
  responses: { 200: JSON_RESPONSE(SessionViewSchema, 'The session'), ...noSession },
});

const schedule = workshopRoute.signedIn('post', '/{module}/sessions', {
  summary: 'Schedule a session of a module (its instructors)',
  request: { params: ModuleParamSchema, body: JSON_BODY(ScheduleSessionSchema) },
  responses: { 201: JSON_RESPONSE(SessionViewSchema, 'Scheduled'), ...instructorErrors },
});

const edit = workshopRoute.signedIn('patch', '/sessions/{id}', {
  summary: 'Change a session: place, seats (never below those taken), deadline, minimum',
  request: { params: SessionIdParamSchema, body: JSON_BODY(EditSessionSchema) },
  responses: {
    200: JSON_RESPONSE(SessionViewSchema, 'Changed'),
    ...instructorErrors,
    409: problem('Cancelled, or fewer seats than taken'),
  },
});

const cancel = workshopRoute.signedIn('post', '/sessions/{id}/cancel', {
  summary: 'Call a session off; everyone registered or waiting is e-mailed the message',
  request: { params: SessionIdParamSchema, body: JSON_BODY(CancelSessionSchema) },
  responses: {
    200: JSON_RESPONSE(z.object({ session: SessionViewSchema, told: z.number() }), 'Cancelled'),
    ...instructorErrors,
    409: problem('Already cancelled'),
  },
});

const register = workshopRoute.signedIn('post', '/sessions/{id}/registration', {
  summary: 'Register for a session, or join its waiting list when full (`waitlist: true`)',
  request: { params: SessionIdParamSchema, body: JSON_BODY(RegisterSchema) },
  responses: {
    201: JSON_RESPONSE(RegistrationViewSchema, 'Registered or waiting'),
    ...noSession,
    409: problem('Already registered, full (without `waitlist`), closed or cancelled'),
  },
});

const mine = workshopRoute.signedIn('get', '/sessions/{id}/registration', {
  summary: 'My registration for a session (with my place on the waiting list)',
  request: { params: SessionIdParamSchema },
  responses: {
    200: JSON_RESPONSE(RegistrationViewSchema, 'My registration'),
    ...notRegistered,
  },
});

const giveUp = workshopRoute.signedIn('delete', '/sessions/{id}/registration', {
  summary: 'Give up my registration; my seat goes to the head of the waiting list',
  request: { params: SessionIdParamSchema },
  responses: {
    204: { description: 'Given up' },
    ...notRegistered,
    409: problem('The session has begun'),
  },
});

const calendar = workshopRoute.signedIn('get', '/sessions/{id}/registration.ics', {
  summary: 'My registration as an iCalendar event',
  request: { params: SessionIdParamSchema },
  responses: {
    200: { content: { 'text/calendar': { schema: z.string() } }, description: 'The event (RFC 5545)' },
    404: problem('No seat in this session'),
  },
});

const roster = workshopRoute.signedIn('get', '/sessions/{id}/registrations', {
  summary: 'Who is registered (with attendance) and who waits (instructors of the module)',
  request: { params: SessionIdParamSchema },
  responses: { 200: JSON_RESPONSE(RosterSchema, 'The session and its people'), ...instructorErrors },
});

const attendance = workshopRoute.signedIn('put', '/sessions/{id}/attendance/{userId}', {
  summary: 'Mark whether a registered person attended (instructors of the module)',
  request: { params: AttendanceParamSchema, body: JSON_BODY(AttendanceSchema) },
  responses: {
    200: JSON_RESPONSE(
      z.object({ userId: z.string(), attended: z.boolean(), certified: z.boolean() }),
      'Marked; `certified` when it earned the certification',
    ),
    ...instructorErrors,
    409: problem('Not registered (waiting), cancelled session, or before its day'),
  },
});

/** Workshop sessions, mounted at `/api/training`: the public list, instructors' and residents' acts. */
export const workshopRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => answerRead(c, await listUpcomingSessions(deps, c.req.valid('query'))))
    .openapi(detail, async (c) => answerRead(c, await readSession(deps, c.req.valid('param').id), PUBLIC_DETAIL_CACHE))
    .openapi(schedule, async (c) => {
      const view = await scheduleSession(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        moduleId: c.req.valid('param').module,
        input: c.req.valid('json'),
      });
      return c.json(view, 201);
    })
    .openapi(edit, async (c) => {
      const view = await editSession(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        sessionId: c.req.valid('param').id,
        changes: c.req.valid('json'),
      });
      return c.json(view, 200);
    })
    .openapi(cancel, async (c) => {
      const result = await cancelSession(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        sessionId: c.req.valid('param').id,
        message: c.req.valid('json').message,
      });
      return c.json(result, 200);
    })
    .openapi(register, async (c) => {
      const result = await registerForSession(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        sessionId: c.req.valid('param').id,
        waitlist: c.req.valid('json').waitlist,
      });
      return c.json(result, 201);
    })
    .openapi(mine, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      const view = await readMyRegistration(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        sessionId: c.req.valid('param').id,
      });
      return c.json(view, 200);
    })
    .openapi(giveUp, async (c) => {
      const { gone } = await giveUpRegistration(deps, {
        sessionId: c.req.valid('param').id,
        userId: viewerOrThrow(c.var.viewer).id,
      });
      if (!gone) throw new AppError('not-found', 'You are not registered for this session.');
      return c.body(null, 204);
    })
    .openapi(calendar, async (c) => {
      const text = await myRegistrationCalendar(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        sessionId: c.req.valid('param').id,
      });
      c.header('cache-control', PRIVATE_NO_STORE);
      c.header('content-disposition', 'attachment; filename="workshop.ics"');
      return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8' });
    })
    .openapi(roster, async (c) => {
      c.header('cache-control', PRIVATE_NO_STORE);
      const view = await readRoster(deps, { viewer: viewerOrThrow(c.var.viewer), sessionId: c.req.valid('param').id });
      return c.json(view, 200);
    })
    .openapi(attendance, async (c) => {
      const { id, userId } = c.req.valid('param');
      const result = await markAttendance(deps, {
        viewer: viewerOrThrow(c.var.viewer),
        sessionId: id,
        userId,
        attended: c.req.valid('json').attended,
      });
      return c.json(result, 200);
    });

const mySessions = workshopRoute.signedIn('get', '/', {
  summary: 'My workshop registrations, upcoming and past',
  responses: {
    200: JSON_RESPONSE(z.object({ items: z.array(MySessionSchema) }), 'My registrations'),
  },
});

/** `GET /api/me/training/sessions`: mounted at `/me/training/sessions`. */
export const myWorkshopRoutes = (deps: AppDeps) =>
  createRouter().openapi(mySessions, async (c) => {
    c.header('cache-control', PRIVATE_NO_STORE);
    return c.json({ items: await readMySessions(deps, viewerOrThrow(c.var.viewer)) }, 200);
  });
