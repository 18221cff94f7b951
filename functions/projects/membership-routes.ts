import { z } from '@hono/zod-openapi';
import { EmailSchema } from '../accounts/public.ts';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { changeMemberRole, removeMember } from './change-membership.ts';
import { decideJoinRequest, readJoinRequests } from './decide-join-request.ts';
import { followProject, unfollowProject } from './follow-project.ts';
import { acceptInvitation, inviteMember } from './invite-member.ts';
import { joinProject } from './join-project.ts';
import { toMemberView } from './project-views.ts';
import { readMyRelation } from './read-my-projects.ts';
import { MEMBER_ROLES, MemberSchema, SlugParamSchema } from './schema.ts';

const memberRoute = routeDeclarations(['Project membership']);
const errors = { 404: problem('No such project or member'), 409: problem('Not possible now (e.g. the last steward)') };
const UserParamSchema = SlugParamSchema.extend({ userId: z.uuid() });

/** A signed-in action on a project or one of its members that takes no body and answers 204. */
const action = <P extends string, Params extends typeof SlugParamSchema>(
  method: 'post' | 'delete',
  path: P,
  params: Params,
  summary: string,
  done: string,
) =>
  memberRoute.signedIn(method, path, {
    summary,
    request: { params },
    responses: { 204: { description: done }, ...errors },
  });

const mine = memberRoute.signedIn('get', '/{slug}/membership', {
  summary: 'My relation to the project: role, pending request, follow, invitation',
  request: { params: SlugParamSchema },
  responses: {
    200: JSON_RESPONSE(
      z.object({
        role: z.enum(MEMBER_ROLES).nullable(),
        requested: z.boolean(),
        following: z.boolean(),
        invited: z.boolean(),
      }),
      'My membership',
    ),
    ...errors,
  },
});

const join = memberRoute.signedIn('post', '/{slug}/join', {
  summary: 'Join an open project, or ask to join one on request',
  request: {
    params: SlugParamSchema,
    body: JSON_BODY(z.strictObject({ message: z.string().trim().max(500).optional() })),
  },
  responses: {
    201: JSON_RESPONSE(z.object({ outcome: z.enum(['joined', 'requested']) }), 'Joined or requested'),
    ...errors,
  },
});

const requests = memberRoute.signedIn('get', '/{slug}/requests', {
  summary: 'Pending requests to join (stewards)',
  request: { params: SlugParamSchema },
  responses: {
    200: JSON_RESPONSE(
      z.object({
        items: z.array(
          z.object({
            userId: z.string(),
            attributionName: z.string(),
            message: z.string().optional(),
            createdAt: z.string(),
          }),
        ),
      }),
      'Requests, oldest first',
    ),
    ...errors,
  },
});

const decide = memberRoute.signedIn('post', '/{slug}/requests/{userId}', {
  summary: 'Accept or refuse a request to join (stewards)',
  request: { params: UserParamSchema, body: JSON_BODY(z.strictObject({ accept: z.boolean() })) },
  responses: { 200: JSON_RESPONSE(z.object({ outcome: z.enum(['accepted', 'refused']) }), 'Decided'), ...errors },
});

const invite = memberRoute.signedIn('post', '/{slug}/invitations', {
  summary: 'Invite someone by e-mail (stewards)',
  request: { params: SlugParamSchema, body: JSON_BODY(z.strictObject({ email: EmailSchema })) },
  responses: { 202: { description: 'Invitation sent' }, ...errors },
});

const accept = action(
  'post',
  '/{slug}/invitations/accept',
  SlugParamSchema,
  'Accept the invitation sent to my address',
  'Now a member',
);

const setRole = memberRoute.signedIn('put', '/{slug}/members/{userId}', {
  summary: 'Make a member steward or member (stewards)',
  request: { params: UserParamSchema, body: JSON_BODY(z.strictObject({ role: z.enum(MEMBER_ROLES) })) },
  responses: { 200: JSON_RESPONSE(MemberSchema, 'Updated'), ...errors },
});

const remove = action(
  'delete',
  '/{slug}/members/{userId}',
  UserParamSchema,
  'Remove a member (stewards), or leave (yourself)',
  'Removed',
);

const follow = action(
  'post',
  '/{slug}/follow',
  SlugParamSchema,
  'Follow: new journal posts come in a daily e-mail digest',
  'Following',
);

const unfollow = action('delete', '/{slug}/follow', SlugParamSchema, 'Stop following', 'Not following any more');

export const membershipRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(mine, async (c) =>
      answerRead(
        c,
        await readMyRelation(deps, { viewer: viewerOrThrow(c.var.viewer), slug: c.req.valid('param').slug }),
      ),
    )
    .openapi(join, async (c) => {
      const { slug } = c.req.valid('param');
      const { message } = c.req.valid('json');
      return c.json(await joinProject(deps, { viewer: viewerOrThrow(c.var.viewer), slug, message }), 201);
    })
    .openapi(requests, async (c) =>
      answerRead(
        c,
        await readJoinRequests(deps, { viewer: viewerOrThrow(c.var.viewer), slug: c.req.valid('param').slug }),
      ),
    )
    .openapi(decide, async (c) => {
      const { slug, userId } = c.req.valid('param');
      const { accept } = c.req.valid('json');
      return c.json(await decideJoinRequest(deps, { viewer: viewerOrThrow(c.var.viewer), slug, userId, accept }), 200);
    })
    .openapi(invite, async (c) => {
      const { slug } = c.req.valid('param');
      const { email } = c.req.valid('json');
      await inviteMember(deps, { viewer: viewerOrThrow(c.var.viewer), slug, email });
      return c.body(null, 202);
    })
    .openapi(accept, async (c) => {
      await acceptInvitation(deps, { viewer: viewerOrThrow(c.var.viewer), slug: c.req.valid('param').slug });
      return c.body(null, 204);
    })
    .openapi(setRole, async (c) => {
      const { slug, userId } = c.req.valid('param');
      const { role } = c.req.valid('json');
      const member = await changeMemberRole(deps, { viewer: viewerOrThrow(c.var.viewer), slug, userId, role });
      return c.json(toMemberView(member), 200);
    })
    .openapi(remove, async (c) => {
      const { slug, userId } = c.req.valid('param');
      await removeMember(deps, { viewer: viewerOrThrow(c.var.viewer), slug, userId });
      return c.body(null, 204);
    })
    .openapi(follow, async (c) => {
      await followProject(deps, { viewer: viewerOrThrow(c.var.viewer), slug: c.req.valid('param').slug });
      return c.body(null, 204);
    })
    .openapi(unfollow, async (c) => {
      await unfollowProject(deps, { viewer: viewerOrThrow(c.var.viewer), slug: c.req.valid('param').slug });
      return c.body(null, 204);
    });
