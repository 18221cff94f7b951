import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { grantCertification } from './grant-certification.ts';
import { listCertificationHolders } from './list-certification-holders.ts';
import { listInstructors } from './list-instructors.ts';
import { nameInstructor } from './name-instructor.ts';
import { removeInstructor } from './remove-instructor.ts';
import { revokeCertification } from './revoke-certification.ts';
import { noModule, noModuleOrPerson, trainingAdminRoute, trainingRoute } from './route-common.ts';
import {
  CertificationViewSchema,
  HoldersSchema,
  InstructorListSchema,
  ModuleParamSchema,
  PersonParamSchema,
  ReasonSchema,
} from './schema.ts';

const instructors = trainingAdminRoute.signedIn('get', '/instructors', {
  summary: 'Every module’s instructors and who named or removed them (admins)',
  responses: { 200: JSON_RESPONSE(InstructorListSchema, 'Instructors per module') },
});

const name = trainingAdminRoute.signedIn('put', '/{module}/instructors/{userId}', {
  summary: 'Name a staff or admin person instructor of a module (admins; logged)',
  request: { params: PersonParamSchema },
  responses: {
    204: { description: 'Named (or already was)' },
    ...noModuleOrPerson,
    409: problem('The person is neither staff nor admin'),
  },
});

const unname = trainingAdminRoute.signedIn('delete', '/{module}/instructors/{userId}', {
  summary: 'Remove an instructor of a module (admins; logged)',
  request: { params: PersonParamSchema },
  responses: { 204: { description: 'Removed (or was not one)' }, ...noModule },
});

const grant = trainingRoute.signedIn('post', '/{module}/certifications/{userId}', {
  summary: 'Grant the module’s certification with a written reason (its instructors; never one’s own)',
  request: { params: PersonParamSchema, body: JSON_BODY(ReasonSchema) },
  responses: {
    201: JSON_RESPONSE(CertificationViewSchema, 'Granted'),
    ...noModuleOrPerson,
  },
});

const revoke = trainingRoute.signedIn('delete', '/{module}/certifications/{userId}', {
  summary: 'Revoke the module’s certification with a written reason (its instructors; never one’s own)',
  request: { params: PersonParamSchema, body: JSON_BODY(ReasonSchema) },
  responses: {
    200: JSON_RESPONSE(CertificationViewSchema, 'Revoked'),
    404: problem('No such module, or the person holds no certification of it'),
    409: problem('Already revoked'),
  },
});

const holders = trainingRoute.signedIn('get', '/{module}/certifications', {
  summary: 'Who holds the module’s certification and what it is worth now (its instructors)',
  request: { params: ModuleParamSchema },
  responses: { 200: JSON_RESPONSE(HoldersSchema, 'The holders'), ...noModule },
});

/** Admins name instructors; instructors grant, revoke and see who holds their modules. */
export const instructorRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(instructors, async (c) => answerRead(c, await listInstructors(deps)))
    .openapi(name, async (c) => {
      const { module, userId } = c.req.valid('param');
      await nameInstructor(deps, { viewer: viewerOrThrow(c.var.viewer), moduleId: module, userId });
      return c.body(null, 204);
    })
    .openapi(unname, async (c) => {
      const { module, userId } = c.req.valid('param');
      await removeInstructor(deps, { viewer: viewerOrThrow(c.var.viewer), moduleId: module, userId });
      return c.body(null, 204);
    })
    .openapi(grant, async (c) => {
      const { module, userId } = c.req.valid('param');
      const { reason } = c.req.valid('json');
      return c.json(
        await grantCertification(deps, { viewer: viewerOrThrow(c.var.viewer), moduleId: module, userId, reason }),
        201,
      );
    })
    .openapi(revoke, async (c) => {
      const { module, userId } = c.req.valid('param');
      const { reason } = c.req.valid('json');
      return c.json(
        await revokeCertification(deps, { viewer: viewerOrThrow(c.var.viewer), moduleId: module, userId, reason }),
        200,
      );
    })
    .openapi(holders, async (c) =>
      answerRead(
        c,
        await listCertificationHolders(deps, {
          viewer: viewerOrThrow(c.var.viewer),
          moduleId: c.req.valid('param').module,
        }),
      ),
    );
