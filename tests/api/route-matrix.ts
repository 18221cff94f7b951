import { updateUser } from '../../functions/accounts/store.ts';
import { createFeed } from '../../functions/calendar-feed/manage-feed.ts';
import { startMaintenance } from '../../functions/lending/catalogue/start-maintenance.ts';
import { handOverLoan } from '../../functions/lending/desk/hand-over.ts';
import { openTicket } from '../../functions/lending/maintenance/open-ticket.ts';
import { cancelReservation } from '../../functions/lending/reservations/cancel-reservation.ts';
import { reserveEquipment } from '../../functions/lending/reservations/reserve-equipment.ts';
import { joinWaitlist } from '../../functions/lending/waitlist/join-waitlist.ts';
import { requestUpload } from '../../functions/media/request-upload.ts';
import { type MediaRecord, UploadRequestSchema } from '../../functions/media/schema.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { contributeStop } from '../../functions/trails/contribute-stop.ts';
import { StopInputSchema } from '../../functions/trails/schema.ts';
import { getTrail } from '../../functions/trails/store.ts';
import { updateTrail } from '../../functions/trails/update-trail.ts';
import { jwkThumbprint } from '../../functions/training/credential-issuer.ts';
// Also points the catalogue at the fixture modules (the matrix does not depend on the demo's).
import { registerForSession } from '../../functions/training/registration-register.ts';
import { scheduleSession } from '../../functions/training/sessions-manage.ts';
import { ScheduleSessionSchema } from '../../functions/training/sessions-schema.ts';
import { startAttempt } from '../../functions/training/start-attempt.ts';
import { putTraineeSettings } from '../../functions/training/store/badges.ts';
import { nameInstructor } from '../../functions/training/store/instructors.ts';
import type { TestRole } from './accounts-support.ts';
import { modelBody } from './lending/catalogue-support.ts';
import {
  CAPUCINS,
  MON_TO_SAT,
  modelFixture,
  pointBody,
  pointFixture,
  uniqueTag,
  unitFixture,
} from './lending/fixtures.ts';
import { readyMediaFixture, uploadRequestBody } from './media-support.ts';
import { followFixture, joinFixture, projectFixture, viewerFor } from './projects-support.ts';
import { uniqueEmail } from './support.ts';
import { stopAudioFixture, trailFixture } from './trails-support.ts';
import { certifiedFixture, ONLINE, WORKSHOP_ONLY } from './training/support.ts';

/** Who makes a request in the matrix: `resident` is anonymous; `owner` is the citizen who owns the fixture. */
export type MatrixRole = 'resident' | TestRole | 'owner';

export interface MatrixContext {
  deps: AppDeps;
  role: MatrixRole;
  /** The person making the request (absent for residents). */
  actor?: { user: { id: string; email: string }; cookie: string };
  /** Another person, e.g. the target of an admin action. */
  person(role: TestRole): Promise<{ user: { id: string; email: string }; cookie: string }>;
  /** Who owns the fixture: the actor when the role is `owner`, else another citizen. */
  fixtureOwner(): Promise<{ id: string; email: string }>;
}

export interface MatrixRequest {
  /** The concrete path, e.g. with `{id}` filled in; defaults to the route's path. */
  path?: string;
  body?: unknown;
  /** A body sent as is (e.g. text/vtt) instead of JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface MatrixEntry {
  /** Expected status for each role; `owner` only where owning the fixture matters. */
  expect: Record<Exclude<MatrixRole, 'owner'>, number> & { owner?: number };
  /** Builds the request for one role; fixtures are created here so each role acts on fresh data. */
  request?: (context: MatrixContext) => Promise<MatrixRequest> | MatrixRequest;
}

const everyone = (status: number) => ({ resident: status, citizen: status, staff: status, admin: status });
const signedIn = (status: number) => ({ resident: 401, citizen: status, staff: status, admin: status });
const adminOnly = (status: number) => ({ resident: 401, citizen: 403, staff: 403, admin: status });

const ownerOnly = (status: number) => ({ resident: 401, citizen: 403, staff: 403, admin: 403, owner: status });
/** On a draft: people outside its project do not even learn it exists; admins see it but do not edit. */
const draftOwnerOnly = (status: number) => ({ resident: 401, citizen: 404, staff: 404, admin: 403, owner: status });
const staffOnly = (status: number) => ({ resident: 401, citizen: 403, staff: status, admin: status });

const targetUser = async (context: MatrixContext) => (await context.person('citizen')).user.id;
const readyMedia = async (context: MatrixContext, overrides: Partial<MediaRecord> = {}) =>
  (await readyMediaFixture(context.deps, (await context.fixtureOwner()).id, overrides)).id;
const flaggedMedia = (context: MatrixContext) => readyMedia(context, { openFlags: 1 });
const pendingUpload = async (context: MatrixContext, size: number) => {
  const owner = await context.fixtureOwner();
  const viewer = {
    ...owner,
    displayName: 'x',
    attributionName: 'x',
    language: 'fr' as const,
    roles: ['citizen' as const],
    staffOf: [],
    sessionHash: '',
  };
  return (
    await requestUpload(context.deps, { viewer, request: UploadRequestSchema.parse(uploadRequestBody({ size })) })
  ).mediaId;
};
const multipartUpload = (context: MatrixContext) => pendingUpload(context, 150 * 1024 * 1024);
const project = async (context: MatrixContext, input: Record<string, unknown> = {}) =>
  (await projectFixture(context.deps, (await context.fixtureOwner()).id, input)).slug;
const trail = async (context: MatrixContext, options: { publish?: boolean } = {}) =>
  trailFixture(context.deps, (await context.fixtureOwner()).id, options);
/** A stop proposed by another citizen on an open, review-first trail of the fixture owner. */
const proposal = async (context: MatrixContext) => {
  const made = await trail(context);
  await updateTrail(context.deps, {
    viewer: await viewerFor(context.deps, (await context.fixtureOwner()).id),
    trailId: made.trail.id,
    changes: { contributionMode: 'citizens', moderationMode: 'review-first' },
  });
  const contributor = await context.person('citizen');
  const medium = await stopAudioFixture(context.deps, contributor.user.id);
  const { proposalId } = await contributeStop(context.deps, {
    viewer: await viewerFor(context.deps, contributor.user.id),
    trailId: made.trail.id,
    input: StopInputSchema.parse({ title: 'Proposé', lat: 48.386, lng: -4.49, mediaIds: [medium.id] }),
  });
  return { trailId: made.trail.id, proposalId };
};
/** A model with one unit at a new point, open Tuesday to Saturday (the matrix's clock is Tuesday 24 November 2026). */
const reservable = async (context: MatrixContext) => {
  const point = await pointFixture(context.deps, CAPUCINS);
  const { model } = await modelFixture(context.deps, { pointIds: [point.id], units: 1 });
  return { modelId: model.id, pointId: point.id, pickUp: '2026-11-25', returnDay: '2026-11-26' };
};
/** A reservation of the fixture owner, made through the use case. */
const reservationOfOwner = async (context: MatrixContext) => {
  const input = await reservable(context);
  const viewer = await viewerFor(context.deps, (await context.fixtureOwner()).id);
  return (await reserveEquipment(context.deps, { viewer, input })).id;
};
/** Staff acting on a module: named its instructor first (citizens cannot be; admins are not named here). */
const asInstructor = async (context: MatrixContext) => {
  if (context.role === 'staff' && context.actor)
    await nameInstructor(context.deps, {
      moduleId: ONLINE,
      userId: context.actor.user.id,
      namedBy: 'matrix',
      namedAt: new Date().toISOString(),
    });
};
/** Days of a one-unit model someone else has reserved: the fixture owner joins its waiting list (offered when `offered`). */
const waitingOfOwner = async (context: MatrixContext, options: { offered?: boolean } = {}) => {
  const input = await reservable(context);
  const blocker = await viewerFor(context.deps, (await context.person('citizen')).user.id);
  const taken = await reserveEquipment(context.deps, { viewer: blocker, input });
  const viewer = await viewerFor(context.deps, (await context.fixtureOwner()).id);
  const entry = await joinWaitlist(context.deps, { viewer, input });
  if (options.offered) await cancelReservation(context.deps, { viewer: blocker, reservationId: taken.id });
  return { input, entryId: entry.id };
};
/** Only a named instructor of the module: staff named by `asInstructor`; an admin who has not named themselves is refused. */
const instructorOnly = (status: number) => ({ resident: 401, citizen: 403, staff: status, admin: 403 });
/** A workshop session starting two hours from the matrix's clock (its day: attendance can be marked), by another instructor. */
const workshopSession = async (context: MatrixContext) => {
  const teacher = await context.person('staff');
  await nameInstructor(context.deps, {
    moduleId: WORKSHOP_ONLY,
    userId: teacher.user.id,
    namedBy: 'matrix',
    namedAt: new Date().toISOString(),
  });
  const now = context.deps.clock.now().getTime();
  const { id } = await scheduleSession(context.deps, {
    viewer: await viewerFor(context.deps, teacher.user.id),
    moduleId: WORKSHOP_ONLY,
    input: ScheduleSessionSchema.parse({
      startsAt: new Date(now + 2 * 3_600_000).toISOString(),
      endsAt: new Date(now + 4 * 3_600_000).toISOString(),
      place: 'Salle 2',
      seats: 5,
      language: 'fr',
    }),
  });
  return id;
};
/** A session with the fixture owner registered: its id and the owner's. */
const registeredSession = async (context: MatrixContext) => {
  const sessionId = await workshopSession(context);
  const owner = await context.fixtureOwner();
  await registerForSession(context.deps, {
    viewer: await viewerFor(context.deps, owner.id),
    sessionId,
    waitlist: false,
  });
  return { sessionId, ownerId: owner.id };
};
/** Staff making the request are named instructor of the workshop module (an admin not named is refused). */
const asWorkshopInstructor = async (context: MatrixContext) => {
  if (context.role === 'staff' && context.actor)
    await nameInstructor(context.deps, {
      moduleId: WORKSHOP_ONLY,
      userId: context.actor.user.id,
      namedBy: 'matrix',
      namedAt: new Date().toISOString(),
    });
};

/** The point matrix staff staff (`personWithRole`): made to exist, so catalogue writes there pass their checks. */
const STAFF_POINT = 'test-point';
/** A model held at the staff's point, with one unit there (in maintenance when asked). */
const lendingModel = async (context: MatrixContext, options: { maintenance?: boolean } = {}) => {
  await pointFixture(context.deps, { ...MON_TO_SAT, id: STAFF_POINT });
  const { model } = await modelFixture(context.deps, { pointIds: [STAFF_POINT] });
  const unit = await unitFixture(context.deps, model.id, STAFF_POINT);
  if (options.maintenance) {
    const admin = await context.person('admin');
    await startMaintenance(context.deps, {
      viewer: await viewerFor(context.deps, admin.user.id),
      modelId: model.id,
      unitId: unit.id,
      input: { from: '2026-12-01', to: '2026-12-02' },
    });
  }
  return { modelId: model.id, unitId: unit.id, assetTag: unit.assetTag };
};
/** A maintenance ticket open on a unit at the staff's point (its asset tag too, to open another by tag). */
const lendingTicket = async (context: MatrixContext) => {
  const { modelId, unitId } = await lendingModel(context);
  const ticket = await openTicket(context.deps, { by: 'matrix', modelId, unitId, reason: 'Matrice', days: 2 });
  return ticket;
};

/** A reservation for today of a one-unit model at the staff's point, by another citizen; handed over when `out`. */
const deskLoan = async (context: MatrixContext, options: { out?: boolean } = {}) => {
  await pointFixture(context.deps, { ...MON_TO_SAT, id: STAFF_POINT });
  const { model, units } = await modelFixture(context.deps, { pointIds: [STAFF_POINT], units: 1 });
  const assetTag = units[0]?.assetTag ?? '';
  const borrower = await viewerFor(context.deps, (await context.fixtureOwner()).id);
  const day = '2026-11-24';
  const input = { modelId: model.id, pointId: STAFF_POINT, pickUp: day, returnDay: day };
  const { id } = await reserveEquipment(context.deps, { viewer: borrower, input });
  if (options.out) {
    const admin = await viewerFor(context.deps, (await context.person('admin')).user.id);
    await handOverLoan(context.deps, {
      viewer: admin,
      pointId: STAFF_POINT,
      reservationId: id,
      input: deskChecklist(id, assetTag, { borrowerConfirmed: true }),
    });
  }
  return { id, assetTag };
};
const deskChecklist = <T extends object>(reservationId: string, assetTag: string, rest: T) => ({
  assetTag,
  checklist: { reservationId, parts: [{ present: true }] },
  condition: 'good' as const,
  ...rest,
});

const VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nBonjour.\n';

/**
 * Every /api route with the status each role gets. The matrix test walks the generated OpenAPI
 * document and fails for a route missing here, so a new route cannot ship without its entry.
 * Keys are `METHOD /path` exactly as in the OpenAPI document.
 */
export const ROUTE_MATRIX: Record<string, MatrixEntry> = {
  'GET /api/health': { expect: everyone(200) },
  'GET /api/projects': { expect: everyone(200) },
  'GET /api/trails': { expect: everyone(200) },
  'GET /api/me/trails': { expect: signedIn(200) },
  'GET /api/me/projects': { expect: signedIn(200) },

  'POST /api/auth/sign-in': { expect: everyone(202), request: () => ({ body: { email: uniqueEmail() } }) },
  // Opening a link only leads to the confirmation page; the page's POST uses the token (here unknown: 410).
  'GET /api/auth/verify': { expect: everyone(303), request: () => ({ path: '/api/auth/verify?token=unknown' }) },
  'POST /api/auth/verify': { expect: everyone(410), request: () => ({ body: { token: 'unknown' } }) },
  'POST /api/auth/sign-out': { expect: signedIn(204) },
  'POST /api/auth/sign-out-everywhere': { expect: signedIn(204) },

  'GET /api/me': { expect: signedIn(200) },
  'PATCH /api/me': { expect: signedIn(200), request: () => ({ body: { displayName: 'Matrix' } }) },
  'GET /api/me/export': { expect: signedIn(200) },
  'DELETE /api/me': {
    expect: signedIn(202),
    request: ({ actor }) => ({
      body: { confirmEmail: actor?.user.email ?? 'x@example.test', contributions: 'keep-credited' },
    }),
  },

  'GET /api/admin/users': { expect: adminOnly(200) },
  'PUT /api/admin/users/{id}/roles': {
    expect: adminOnly(200),
    request: async (context) => ({
      path: `/api/admin/users/${await targetUser(context)}/roles`,
      body: { admin: false, staffOf: [(await pointFixture(context.deps)).id] },
    }),
  },
  'POST /api/admin/users/{id}/suspend': {
    expect: adminOnly(200),
    request: async (context) => ({
      path: `/api/admin/users/${await targetUser(context)}/suspend`,
      body: { reason: 'test' },
    }),
  },
  'POST /api/admin/users/{id}/reinstate': {
    expect: adminOnly(200),
    request: async (context) => ({ path: `/api/admin/users/${await targetUser(context)}/reinstate` }),
  },

  'POST /api/uploads': { expect: signedIn(201), request: () => ({ body: uploadRequestBody() }) },
  'POST /api/uploads/{id}/parts': {
    expect: ownerOnly(200),
    request: async (context) => ({
      path: `/api/uploads/${await multipartUpload(context)}/parts`,
      body: { partNumbers: [1, 2] },
    }),
  },
  'GET /api/uploads/{id}/parts': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/uploads/${await multipartUpload(context)}/parts` }),
  },
  'POST /api/uploads/{id}/complete': {
    // Authorization is checked before the parts: the owner reaches storage, which has no part yet.
    expect: ownerOnly(409),
    request: async (context) => ({
      path: `/api/uploads/${await multipartUpload(context)}/complete`,
      body: { parts: [{ partNumber: 1, etag: '"missing"' }] },
    }),
  },
  'DELETE /api/uploads/{id}': {
    expect: ownerOnly(204),
    request: async (context) => ({ path: `/api/uploads/${await pendingUpload(context, 20_000)}` }),
  },
  // Each person's own loans (none here): nobody reads another's.
  'GET /api/uploads/recorded-with': { expect: signedIn(200) },

  'GET /api/media/recorded-with/{modelId}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/media/recorded-with/${(await reservable(context)).modelId}` }),
  },
  'GET /api/media/{id}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/media/${await readyMedia(context)}` }),
  },
  'PATCH /api/media/{id}': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/media/${await readyMedia(context)}`, body: { title: 'Renamed' } }),
  },
  'DELETE /api/media/{id}': {
    expect: ownerOnly(204),
    request: async (context) => ({ path: `/api/media/${await readyMedia(context)}` }),
  },
  'PUT /api/media/{id}/captions/{language}': {
    expect: ownerOnly(200),
    request: async (context) => ({
      path: `/api/media/${await readyMedia(context, { family: 'video' })}/captions/fr`,
      rawBody: VTT,
      headers: { 'content-type': 'text/vtt' },
    }),
  },
  'DELETE /api/media/{id}/captions/{language}': {
    expect: ownerOnly(200),
    request: async (context) => {
      const id = await readyMedia(context, {
        family: 'video',
        captions: [{ language: 'fr', key: `media/x/captions.fr.vtt` }],
      });
      return { path: `/api/media/${id}/captions/fr` };
    },
  },
  'POST /api/media/{id}/flags': {
    expect: everyone(201),
    request: async (context) => ({
      path: `/api/media/${await readyMedia(context)}/flags`,
      body: { reason: 'Not a recording of Brest' },
    }),
  },
  'GET /api/me/media': { expect: signedIn(200) },
  'GET /api/me/media/{id}': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/me/media/${await readyMedia(context)}` }),
  },
  'GET /api/contributors/{id}': {
    expect: everyone(200),
    request: async (context) => {
      const contributor = await context.person('citizen');
      await updateUser(context.deps, contributor.user.id, { publicProfile: true });
      return { path: `/api/contributors/${contributor.user.id}` };
    },
  },

  'GET /api/moderation/queue': { expect: staffOnly(200) },
  'POST /api/moderation/media/{id}/restore': {
    expect: staffOnly(200),
    request: async (context) => ({ path: `/api/moderation/media/${await flaggedMedia(context)}/restore` }),
  },
  'POST /api/moderation/media/{id}/hide': {
    expect: staffOnly(200),
    request: async (context) => ({
      path: `/api/moderation/media/${await flaggedMedia(context)}/hide`,
      body: { reason: 'Off topic' },
    }),
  },
  'DELETE /api/moderation/media/{id}': {
    expect: staffOnly(204),
    request: async (context) => ({ path: `/api/moderation/media/${await flaggedMedia(context)}` }),
  },

  'GET /api/projects/map': { expect: everyone(200) },
  'POST /api/projects': {
    expect: signedIn(201),
    request: () => ({ body: { title: 'Matrix project', summary: 'A test.' } }),
  },
  'GET /api/projects/{slug}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/projects/${await project(context)}` }),
  },
  'PATCH /api/projects/{slug}': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/projects/${await project(context)}`, body: { summary: 'Edited.' } }),
  },
  'GET /api/projects/{slug}/journal': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/projects/${await project(context)}/journal` }),
  },
  'POST /api/projects/{slug}/journal': {
    expect: ownerOnly(201),
    request: async (context) => ({
      path: `/api/projects/${await project(context)}/journal`,
      body: { body: 'Du nouveau !' },
    }),
  },
  'GET /api/projects/{slug}/activity': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/projects/${await project(context)}/activity` }),
  },
  'POST /api/projects/{slug}/media': {
    expect: ownerOnly(201),
    request: async (context) => {
      const owner = await context.fixtureOwner();
      const slug = await project(context);
      const media = await readyMediaFixture(context.deps, context.actor?.user.id ?? owner.id);
      return { path: `/api/projects/${slug}/media`, body: { mediaId: media.id } };
    },
  },
  'POST /api/projects/{slug}/flags': {
    expect: everyone(201),
    request: async (context) => ({
      path: `/api/projects/${await project(context)}/flags`,
      body: { reason: 'Not a real project' },
    }),
  },
  'GET /api/projects/{slug}/membership': {
    expect: signedIn(200),
    request: async (context) => ({ path: `/api/projects/${await project(context)}/membership` }),
  },
  'POST /api/projects/{slug}/join': {
    expect: { ...signedIn(201), owner: 409 },
    request: async (context) => ({ path: `/api/projects/${await project(context)}/join`, body: {} }),
  },
  'GET /api/projects/{slug}/requests': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/projects/${await project(context)}/requests` }),
  },
  'POST /api/projects/{slug}/requests/{userId}': {
    expect: ownerOnly(200),
    request: async (context) => {
      const slug = await project(context, { joinMode: 'request' });
      const asker = await context.person('citizen');
      await joinFixture(context.deps, slug, asker.user.id);
      return { path: `/api/projects/${slug}/requests/${asker.user.id}`, body: { accept: true } };
    },
  },
  'POST /api/projects/{slug}/invitations': {
    expect: { ...ownerOnly(202) },
    request: async (context) => ({
      path: `/api/projects/${await project(context)}/invitations`,
      body: { email: uniqueEmail('invited') },
    }),
  },
  'POST /api/projects/{slug}/invitations/accept': {
    expect: signedIn(204),
    request: async (context) => {
      const slug = await project(context);
      if (context.actor) {
        const { inviteMember } = await import('../../functions/projects/invite-member.ts');
        const steward = await viewerFor(context.deps, (await context.fixtureOwner()).id);
        await inviteMember(context.deps, { viewer: steward, slug, email: context.actor.user.email });
      }
      return { path: `/api/projects/${slug}/invitations/accept` };
    },
  },
  'PUT /api/projects/{slug}/members/{userId}': {
    expect: ownerOnly(200),
    request: async (context) => {
      const slug = await project(context);
      const member = await context.person('citizen');
      await joinFixture(context.deps, slug, member.user.id);
      return { path: `/api/projects/${slug}/members/${member.user.id}`, body: { role: 'steward' } };
    },
  },
  'DELETE /api/projects/{slug}/members/{userId}': {
    expect: ownerOnly(204),
    request: async (context) => {
      const slug = await project(context);
      const member = await context.person('citizen');
      await joinFixture(context.deps, slug, member.user.id);
      return { path: `/api/projects/${slug}/members/${member.user.id}` };
    },
  },
  'POST /api/projects/{slug}/follow': {
    expect: signedIn(204),
    request: async (context) => ({ path: `/api/projects/${await project(context)}/follow` }),
  },
  'DELETE /api/projects/{slug}/follow': {
    expect: signedIn(204),
    request: async (context) => {
      const slug = await project(context);
      if (context.actor) await followFixture(context.deps, slug, context.actor.user.id);
      return { path: `/api/projects/${slug}/follow` };
    },
  },
  'GET /api/follows/unsubscribe': {
    expect: everyone(303),
    request: async (context) => {
      const slug = await project(context);
      const follower = await context.person('citizen');
      await followFixture(context.deps, slug, follower.user.id);
      const { getFollower } = await import('../../functions/projects/store.ts');
      const follow = await getFollower(context.deps, slug, follower.user.id);
      return { path: `/api/follows/unsubscribe?token=${follow?.unsubscribeToken}` };
    },
  },
  'POST /api/follows/unsubscribe': {
    expect: everyone(200),
    request: async (context) => {
      const slug = await project(context);
      const follower = await context.person('citizen');
      await followFixture(context.deps, slug, follower.user.id);
      const { getFollower } = await import('../../functions/projects/store.ts');
      const follow = await getFollower(context.deps, slug, follower.user.id);
      return { path: '/api/follows/unsubscribe', body: { tokens: [follow?.unsubscribeToken] } };
    },
  },
  'PUT /api/moderation/projects/{slug}/featured': {
    expect: adminOnly(200),
    request: async (context) => ({
      path: `/api/moderation/projects/${await project(context)}/featured`,
      body: { featured: true },
    }),
  },
  'POST /api/moderation/projects/{slug}/hide': {
    expect: adminOnly(200),
    request: async (context) => ({
      path: `/api/moderation/projects/${await project(context)}/hide`,
      body: { reason: 'Spam project' },
    }),
  },
  'POST /api/moderation/projects/{slug}/restore': {
    expect: adminOnly(200),
    request: async (context) => ({ path: `/api/moderation/projects/${await project(context)}/restore` }),
  },

  'POST /api/trails': {
    expect: ownerOnly(201),
    request: async (context) => ({
      body: { projectSlug: await project(context), title: 'Matrix trail', languages: ['fr'], area: 'Recouvrance' },
    }),
  },
  'GET /api/trails/{id}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}` }),
  },
  'GET /api/trails/{id}.geojson': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}.geojson` }),
  },
  'GET /api/trails/{id}.gpx': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}.gpx` }),
  },
  'GET /api/trails/{id}/credits.txt': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}/credits.txt` }),
  },
  'GET /api/trails/{id}/editor': {
    expect: signedIn(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}/editor` }),
  },
  'PATCH /api/trails/{id}': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}`, body: { area: 'Siam' } }),
  },
  'DELETE /api/trails/{id}': {
    expect: ownerOnly(204),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}` }),
  },
  'POST /api/trails/{id}/publish': {
    expect: draftOwnerOnly(200),
    request: async (context) => ({
      path: `/api/trails/${(await trail(context, { publish: false })).trail.id}/publish`,
    }),
  },
  'POST /api/trails/{id}/unpublish': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/trails/${(await trail(context)).trail.id}/unpublish` }),
  },
  'POST /api/trails/{id}/stops': {
    expect: ownerOnly(201),
    request: async (context) => {
      const { trail: made } = await trail(context);
      const medium = await stopAudioFixture(context.deps, (await context.fixtureOwner()).id);
      return {
        path: `/api/trails/${made.id}/stops`,
        body: { title: 'Nouvel arrêt', lat: 48.385, lng: -4.49, mediaIds: [medium.id] },
      };
    },
  },
  'PATCH /api/trails/{id}/stops/{stopId}': {
    expect: ownerOnly(200),
    request: async (context) => {
      const made = await trail(context);
      return { path: `/api/trails/${made.trail.id}/stops/${made.stopIds[0]}`, body: { radius: 40 } };
    },
  },
  'DELETE /api/trails/{id}/stops/{stopId}': {
    expect: draftOwnerOnly(204),
    request: async (context) => {
      const made = await trail(context, { publish: false });
      return { path: `/api/trails/${made.trail.id}/stops/${made.stopIds[0]}` };
    },
  },
  'PUT /api/trails/{id}/stop-order': {
    expect: ownerOnly(200),
    request: async (context) => {
      const made = await trail(context);
      const current = await getTrail(context.deps, made.trail.id);
      return {
        path: `/api/trails/${made.trail.id}/stop-order`,
        body: { stopIds: [...made.stopIds].reverse(), version: current?.version },
      };
    },
  },
  'POST /api/trails/{id}/stops/{stopId}/media': {
    expect: ownerOnly(201),
    request: async (context) => {
      const made = await trail(context);
      const medium = await stopAudioFixture(context.deps, (await context.fixtureOwner()).id);
      return { path: `/api/trails/${made.trail.id}/stops/${made.stopIds[0]}/media`, body: { mediaId: medium.id } };
    },
  },
  'DELETE /api/trails/{id}/stops/{stopId}/media/{mediaId}': {
    expect: ownerOnly(204),
    request: async (context) => {
      const made = await trail(context);
      return { path: `/api/trails/${made.trail.id}/stops/${made.stopIds[0]}/media/${made.media[0]?.id}` };
    },
  },
  'POST /api/trails/{id}/proposals/{proposalId}/approve': {
    expect: ownerOnly(200),
    request: async (context) => {
      const { trailId, proposalId } = await proposal(context);
      return { path: `/api/trails/${trailId}/proposals/${proposalId}/approve` };
    },
  },
  'POST /api/trails/{id}/proposals/{proposalId}/reject': {
    expect: ownerOnly(204),
    request: async (context) => {
      const { trailId, proposalId } = await proposal(context);
      return { path: `/api/trails/${trailId}/proposals/${proposalId}/reject` };
    },
  },
  'POST /api/trails/{id}/flags': {
    expect: everyone(201),
    request: async (context) => ({
      path: `/api/trails/${(await trail(context)).trail.id}/flags`,
      body: { reason: 'A stop text insults a neighbour' },
    }),
  },
  'POST /api/moderation/trails/{id}/hide': {
    expect: adminOnly(200),
    request: async (context) => ({
      path: `/api/moderation/trails/${(await trail(context)).trail.id}/hide`,
      body: { reason: 'Off topic' },
    }),
  },
  'POST /api/moderation/trails/{id}/restore': {
    expect: adminOnly(200),
    request: async (context) => ({ path: `/api/moderation/trails/${(await trail(context)).trail.id}/restore` }),
  },
  'POST /api/trails/{id}/forks': {
    expect: signedIn(201),
    request: async (context) => {
      const { trail: made } = await trail(context);
      // The fork goes into a project the person making the request stewards.
      const own = context.actor ? await projectFixture(context.deps, context.actor.user.id) : undefined;
      return { path: `/api/trails/${made.id}/forks`, body: { projectSlug: own?.slug ?? 'no-project' } };
    },
  },

  'GET /api/training/modules': { expect: everyone(200) },
  'GET /api/me/training': { expect: signedIn(200) },
  'GET /api/training/{module}/me': { expect: signedIn(200), request: () => ({ path: `/api/training/${ONLINE}/me` }) },
  'POST /api/training/{module}/attempts': {
    expect: signedIn(201),
    request: () => ({ path: `/api/training/${ONLINE}/attempts` }),
  },
  'POST /api/training/{module}/attempts/{attemptId}': {
    // Someone else's attempt does not exist for them.
    expect: { resident: 401, citizen: 404, staff: 404, admin: 404, owner: 200 },
    request: async (context) => {
      const viewer = await viewerFor(context.deps, (await context.fixtureOwner()).id);
      const { attemptId } = await startAttempt(context.deps, { viewer, moduleId: ONLINE });
      return { path: `/api/training/${ONLINE}/attempts/${attemptId}`, body: { answers: {} } };
    },
  },
  'GET /api/training/instructors': { expect: adminOnly(200) },
  'PUT /api/training/{module}/instructors/{userId}': {
    expect: adminOnly(204),
    request: async (context) => ({
      path: `/api/training/${ONLINE}/instructors/${(await context.person('staff')).user.id}`,
    }),
  },
  'DELETE /api/training/{module}/instructors/{userId}': {
    expect: adminOnly(204),
    request: async (context) => ({
      path: `/api/training/${ONLINE}/instructors/${(await context.person('staff')).user.id}`,
    }),
  },
  'GET /api/training/{module}/certifications': {
    expect: instructorOnly(200),
    request: async (context) => {
      await asInstructor(context);
      return { path: `/api/training/${ONLINE}/certifications` };
    },
  },
  'POST /api/training/{module}/certifications/{userId}': {
    expect: instructorOnly(201),
    request: async (context) => {
      await asInstructor(context);
      return {
        path: `/api/training/${ONLINE}/certifications/${await targetUser(context)}`,
        body: { reason: 'Atelier suivi ailleurs' },
      };
    },
  },
  'DELETE /api/training/{module}/certifications/{userId}': {
    expect: instructorOnly(200),
    request: async (context) => {
      await asInstructor(context);
      const holder = await certifiedFixture(context.deps, ONLINE);
      return { path: `/api/training/${ONLINE}/certifications/${holder}`, body: { reason: 'Matériel abîmé' } };
    },
  },

  'GET /api/training/sessions': { expect: everyone(200) },
  'GET /api/training/sessions/{id}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/training/sessions/${await workshopSession(context)}` }),
  },
  'GET /api/me/training/sessions': { expect: signedIn(200) },
  'POST /api/training/{module}/sessions': {
    expect: instructorOnly(201),
    request: async (context) => {
      await asWorkshopInstructor(context);
      const now = context.deps.clock.now().getTime();
      return {
        path: `/api/training/${WORKSHOP_ONLY}/sessions`,
        body: {
          startsAt: new Date(now + 48 * 3_600_000).toISOString(),
          endsAt: new Date(now + 50 * 3_600_000).toISOString(),
          place: 'Salle 3',
          seats: 4,
          language: 'en',
        },
      };
    },
  },
  'PATCH /api/training/sessions/{id}': {
    expect: instructorOnly(200),
    request: async (context) => {
      await asWorkshopInstructor(context);
      return { path: `/api/training/sessions/${await workshopSession(context)}`, body: { place: 'Salle 4' } };
    },
  },
  'POST /api/training/sessions/{id}/cancel': {
    expect: instructorOnly(200),
    request: async (context) => {
      await asWorkshopInstructor(context);
      return {
        path: `/api/training/sessions/${await workshopSession(context)}/cancel`,
        body: { message: 'Annulé' },
      };
    },
  },
  'POST /api/training/sessions/{id}/registration': {
    expect: signedIn(201),
    request: async (context) => ({
      path: `/api/training/sessions/${await workshopSession(context)}/registration`,
      body: { waitlist: false },
    }),
  },
  // Only the person registered has a registration (and its calendar event) to read or give up.
  'GET /api/training/sessions/{id}/registration': {
    expect: { resident: 401, citizen: 404, staff: 404, admin: 404, owner: 200 },
    request: async (context) => ({
      path: `/api/training/sessions/${(await registeredSession(context)).sessionId}/registration`,
    }),
  },
  'DELETE /api/training/sessions/{id}/registration': {
    expect: { resident: 401, citizen: 404, staff: 404, admin: 404, owner: 204 },
    request: async (context) => ({
      path: `/api/training/sessions/${(await registeredSession(context)).sessionId}/registration`,
    }),
  },
  'GET /api/training/sessions/{id}/registration.ics': {
    expect: { resident: 401, citizen: 404, staff: 404, admin: 404, owner: 200 },
    request: async (context) => ({
      path: `/api/training/sessions/${(await registeredSession(context)).sessionId}/registration.ics`,
    }),
  },
  'GET /api/training/sessions/{id}/registrations': {
    expect: instructorOnly(200),
    request: async (context) => {
      await asWorkshopInstructor(context);
      return { path: `/api/training/sessions/${await workshopSession(context)}/registrations` };
    },
  },
  'PUT /api/training/sessions/{id}/attendance/{userId}': {
    expect: instructorOnly(200),
    request: async (context) => {
      await asWorkshopInstructor(context);
      const { sessionId, ownerId } = await registeredSession(context);
      return { path: `/api/training/sessions/${sessionId}/attendance/${ownerId}`, body: { attended: true } };
    },
  },
  // Open Badges of training (functions/training/badge-routes.ts). Nobody in the matrix holds a
  // certification: the holder's download is shown in tests/api/training/badges.test.ts.
  'GET /api/me/training/{module}/badge': {
    expect: signedIn(404),
    request: () => ({ path: '/api/me/training/enregistrer-en-exterieur/badge' }),
  },
  'GET /api/me/training/visibility': { expect: signedIn(200) },
  'PUT /api/me/training/visibility': { expect: signedIn(200), request: () => ({ body: { showOnProfile: true } }) },
  'GET /api/training/issuer': { expect: everyone(200) },
  'GET /api/training/issuer/jwks.json': { expect: everyone(200) },
  'GET /api/training/issuer/keys/{kid}': {
    expect: everyone(200),
    request: async (context) => ({
      path: `/api/training/issuer/keys/${jwkThumbprint(await context.deps.credentialSigner.publicJwk())}`,
    }),
  },
  'POST /api/training/credentials/verify': {
    expect: everyone(200),
    request: () => ({ body: { credential: 'a.b.c' } }),
  },
  'GET /api/training/holders/{userId}/certifications': {
    expect: everyone(200),
    request: async (context) => {
      const holder = await context.person('citizen');
      await putTraineeSettings(context.deps, { userId: holder.user.id, showOnProfile: true, updatedAt: '2026-01-01' });
      return { path: `/api/training/holders/${holder.user.id}/certifications` };
    },
  },

  // Lending points (functions/lending/points/routes.ts): public reads, admins' create and edit.
  'GET /api/lending/points': { expect: everyone(200) },
  'GET /api/lending/points/{id}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/lending/points/${(await pointFixture(context.deps)).id}` }),
  },
  'POST /api/lending/points': { expect: adminOnly(201), request: () => ({ body: pointBody() }) },
  'PUT /api/lending/points/{id}': {
    expect: adminOnly(200),
    request: async (context) => {
      const point = await pointFixture(context.deps);
      const { id: _id, ...fields } = pointBody();
      return { path: `/api/lending/points/${point.id}`, body: { ...fields, expectedUpdatedAt: point.updatedAt } };
    },
  },
  // Lending reservations (functions/lending/reservations/routes.ts): a person's own only.
  'POST /api/lending/reservations': {
    expect: signedIn(201),
    request: async (context) => ({ body: { ...(await reservable(context)), acceptTerms: true } }),
  },
  'PATCH /api/lending/reservations/{id}': {
    expect: ownerOnly(200),
    request: async (context) => ({
      path: `/api/lending/reservations/${await reservationOfOwner(context)}`,
      body: { pickUp: '2026-11-26', returnDay: '2026-11-27' },
    }),
  },
  'POST /api/lending/reservations/{id}/cancel': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/lending/reservations/${await reservationOfOwner(context)}/cancel` }),
  },
  'GET /api/me/lending': { expect: signedIn(200) },
  // The calendar feed (functions/calendar-feed/routes.ts): one's own feed; its address is its own key (no session).
  'GET /api/me/calendar-feed': { expect: signedIn(200) },
  'POST /api/me/calendar-feed': { expect: signedIn(201), request: () => ({ body: { language: 'fr' } }) },
  'DELETE /api/me/calendar-feed': {
    expect: signedIn(204),
    request: async (context) => {
      if (context.actor) await createFeed(context.deps, await viewerFor(context.deps, context.actor.user.id));
      return {};
    },
  },
  'GET /api/calendar/{file}': {
    expect: everyone(200),
    request: async (context) => {
      const feed = await createFeed(context.deps, await viewerFor(context.deps, (await context.fixtureOwner()).id));
      return { path: new URL(feed.url).pathname };
    },
  },
  // The waiting list (functions/lending/waitlist/routes.ts): a person's own entries only; the monthly figures are open.
  'POST /api/lending/waitlist': {
    expect: signedIn(201),
    request: async (context) => {
      const input = await reservable(context);
      const blocker = await viewerFor(context.deps, (await context.person('citizen')).user.id);
      await reserveEquipment(context.deps, { viewer: blocker, input });
      return { body: input };
    },
  },
  'DELETE /api/lending/waitlist/{id}': {
    expect: ownerOnly(200),
    request: async (context) => ({ path: `/api/lending/waitlist/${(await waitingOfOwner(context)).entryId}` }),
  },
  'POST /api/lending/waitlist/{id}/claim': {
    expect: ownerOnly(201),
    request: async (context) => ({
      path: `/api/lending/waitlist/${(await waitingOfOwner(context, { offered: true })).entryId}/claim`,
      body: { acceptTerms: true },
    }),
  },
  'GET /api/lending/outcomes': {
    expect: everyone(200),
    request: () => ({ path: '/api/lending/outcomes?month=2026-11' }),
  },
  'GET /api/lending/categories': { expect: everyone(200) },
  'GET /api/lending/models': { expect: everyone(200) },
  'GET /api/lending/models/{id}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/lending/models/${(await lendingModel(context)).modelId}` }),
  },
  'GET /api/lending/models/{id}/availability': {
    expect: everyone(200),
    request: async (context) => ({
      path: `/api/lending/models/${(await lendingModel(context)).modelId}/availability?point=${STAFF_POINT}&from=2026-12-01&to=2026-12-31`,
    }),
  },
  'POST /api/lending/models': {
    expect: staffOnly(201),
    request: async (context) => {
      await pointFixture(context.deps, { ...MON_TO_SAT, id: STAFF_POINT });
      return { body: modelBody([STAFF_POINT]) };
    },
  },
  'PATCH /api/lending/models/{id}': {
    expect: staffOnly(200),
    request: async (context) => ({
      path: `/api/lending/models/${(await lendingModel(context)).modelId}`,
      body: { name: 'Renommé' },
    }),
  },
  'GET /api/lending/models/{id}/units': {
    expect: staffOnly(200),
    request: async (context) => ({ path: `/api/lending/models/${(await lendingModel(context)).modelId}/units` }),
  },
  'POST /api/lending/models/{id}/units': {
    expect: staffOnly(201),
    request: async (context) => ({
      path: `/api/lending/models/${(await lendingModel(context)).modelId}/units`,
      body: { assetTag: uniqueTag('MTX'), pointId: STAFF_POINT },
    }),
  },
  'PATCH /api/lending/models/{id}/units/{unitId}': {
    expect: staffOnly(200),
    request: async (context) => {
      const { modelId, unitId } = await lendingModel(context);
      return { path: `/api/lending/models/${modelId}/units/${unitId}`, body: { notes: 'Vérifié' } };
    },
  },
  'POST /api/lending/models/{id}/units/{unitId}/maintenance': {
    expect: staffOnly(200),
    request: async (context) => {
      const { modelId, unitId } = await lendingModel(context);
      return {
        path: `/api/lending/models/${modelId}/units/${unitId}/maintenance`,
        body: { from: '2026-12-01', to: '2026-12-03' },
      };
    },
  },
  'DELETE /api/lending/models/{id}/units/{unitId}/maintenance': {
    expect: staffOnly(200),
    request: async (context) => {
      const { modelId, unitId } = await lendingModel(context, { maintenance: true });
      return { path: `/api/lending/models/${modelId}/units/${unitId}/maintenance` };
    },
  },
  // The desk (functions/lending/desk/routes.ts): staff of the point (the matrix's staff staff test-point) and admins.
  'GET /api/lending/desk': { expect: staffOnly(200) },
  'GET /api/lending/desk/{pointId}': {
    expect: staffOnly(200),
    request: async (context) => {
      await pointFixture(context.deps, { ...MON_TO_SAT, id: STAFF_POINT });
      return { path: `/api/lending/desk/${STAFF_POINT}` };
    },
  },
  'GET /api/lending/desk/{pointId}/search': {
    expect: staffOnly(200),
    request: async (context) => ({
      path: `/api/lending/desk/${STAFF_POINT}/search?q=${(await deskLoan(context)).assetTag}`,
    }),
  },
  'GET /api/lending/desk/{pointId}/loans/{id}': {
    expect: staffOnly(200),
    request: async (context) => ({ path: `/api/lending/desk/${STAFF_POINT}/loans/${(await deskLoan(context)).id}` }),
  },
  'POST /api/lending/desk/{pointId}/loans/{id}/hand-over': {
    expect: staffOnly(200),
    request: async (context) => {
      const { id, assetTag } = await deskLoan(context);
      return {
        path: `/api/lending/desk/${STAFF_POINT}/loans/${id}/hand-over`,
        body: deskChecklist(id, assetTag, { borrowerConfirmed: true }),
      };
    },
  },
  'POST /api/lending/desk/{pointId}/loans/{id}/take-back': {
    expect: staffOnly(200),
    request: async (context) => {
      const { id, assetTag } = await deskLoan(context, { out: true });
      return {
        path: `/api/lending/desk/${STAFF_POINT}/loans/${id}/take-back`,
        body: deskChecklist(id, assetTag, { recordings: 'none', cardWiped: true }),
      };
    },
  },
  'POST /api/lending/desk/{pointId}/walk-ins': {
    expect: staffOnly(201),
    request: async (context) => {
      await pointFixture(context.deps, { ...MON_TO_SAT, id: STAFF_POINT });
      const { units } = await modelFixture(context.deps, { pointIds: [STAFF_POINT], units: 1 });
      const borrower = await context.person('citizen');
      return {
        path: `/api/lending/desk/${STAFF_POINT}/walk-ins`,
        body: {
          email: borrower.user.email,
          assetTag: units[0]?.assetTag,
          returnDay: '2026-11-24',
          parts: [{ present: true }],
          condition: 'good',
          borrowerConfirmed: true,
        },
      };
    },
  },
  // A person's own loan: anyone else does not learn it exists.
  'GET /api/me/lending/{id}': {
    expect: { resident: 401, citizen: 404, staff: 404, admin: 404, owner: 200 },
    request: async (context) => ({ path: `/api/me/lending/${(await deskLoan(context)).id}` }),
  },
  // A unit by its asset tag (functions/lending/units/routes.ts): public; its history to staff of its point.
  'GET /api/lending/units/{tag}': {
    expect: everyone(200),
    request: async (context) => ({ path: `/api/lending/units/${(await lendingModel(context)).assetTag}` }),
  },
  'GET /api/lending/units/{tag}/history': {
    expect: staffOnly(200),
    request: async (context) => ({ path: `/api/lending/units/${(await lendingModel(context)).assetTag}/history` }),
  },
  // Maintenance tickets (functions/lending/maintenance/routes.ts): staff of the unit's point and admins
  // (staff of another point: tests/api/lending/tickets-routes.test.ts).
  'GET /api/lending/tickets': {
    expect: staffOnly(200),
    request: async (context) => {
      await lendingTicket(context);
      return { path: `/api/lending/tickets?pointId=${STAFF_POINT}` };
    },
  },
  'POST /api/lending/tickets': {
    expect: staffOnly(201),
    request: async (context) => {
      await pointFixture(context.deps, { ...MON_TO_SAT, id: STAFF_POINT });
      const { model } = await modelFixture(context.deps, { pointIds: [STAFF_POINT] });
      const unit = await unitFixture(context.deps, model.id, STAFF_POINT);
      return { body: { assetTag: unit.assetTag, pointId: STAFF_POINT, reason: 'Câble coupé', days: 2 } };
    },
  },
  'GET /api/lending/tickets/{id}': {
    expect: staffOnly(200),
    request: async (context) => ({ path: `/api/lending/tickets/${(await lendingTicket(context)).id}` }),
  },
  'POST /api/lending/tickets/{id}/status': {
    expect: staffOnly(200),
    request: async (context) => ({
      path: `/api/lending/tickets/${(await lendingTicket(context)).id}/status`,
      body: { status: 'in-repair' },
    }),
  },
};
