import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead, PUBLIC_DETAIL_CACHE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { listModules } from './list-modules.ts';
import { readModuleStatus } from './read-module-status.ts';
import { readMyTraining } from './read-my-training.ts';
import { noModule, trainingRoute } from './route-common.ts';
import {
  AttemptParamSchema,
  GradedAttemptSchema,
  ModuleListSchema,
  ModuleParamSchema,
  ModuleProgressSchema,
  MyTrainingSchema,
  StartedAttemptSchema,
  SubmitAttemptSchema,
} from './schema.ts';
import { startAttempt } from './start-attempt.ts';
import { submitAttempt } from './submit-attempt.ts';

const modules = trainingRoute.open('get', '/modules', {
  summary: 'The training modules: titles, lessons, licence, credits, the quiz’s shape (never its answers)',
  responses: { 200: JSON_RESPONSE(ModuleListSchema, 'The catalogue') },
});

const start = trainingRoute.signedIn('post', '/{module}/attempts', {
  summary: 'Start a quiz attempt: questions drawn at random, choices shuffled, open two hours (3 a day)',
  request: { params: ModuleParamSchema },
  responses: {
    201: JSON_RESPONSE(StartedAttemptSchema, 'The attempt’s questions'),
    404: problem('No such module, or it has no quiz'),
    429: problem('Three attempts today already: `nextAttemptAt` says when the next is possible'),
  },
});

const submit = trainingRoute.signedIn('post', '/{module}/attempts/{attemptId}', {
  summary: 'Submit an attempt once: graded on the server, right choices and explanations returned',
  request: { params: AttemptParamSchema, body: JSON_BODY(SubmitAttemptSchema) },
  responses: {
    200: JSON_RESPONSE(GradedAttemptSchema, 'The grade (and the certification a pass earned)'),
    404: problem('No such attempt of yours'),
    409: problem('Already submitted, or closed (two hours)'),
  },
});

const moduleStatus = trainingRoute.signedIn('get', '/{module}/me', {
  summary: 'My status for a module: not started, in progress, certified until…, expired, renew, revoked',
  request: { params: ModuleParamSchema },
  responses: { 200: JSON_RESPONSE(ModuleProgressSchema, 'My status'), ...noModule },
});

export const trainingRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(modules, (c) => answerRead(c, listModules(), PUBLIC_DETAIL_CACHE))
    .openapi(start, async (c) =>
      c.json(
        await startAttempt(deps, { viewer: viewerOrThrow(c.var.viewer), moduleId: c.req.valid('param').module }),
        201,
      ),
    )
    .openapi(submit, async (c) => {
      const { module, attemptId } = c.req.valid('param');
      return c.json(
        await submitAttempt(deps, {
          viewer: viewerOrThrow(c.var.viewer),
          moduleId: module,
          attemptId,
          answers: c.req.valid('json').answers,
        }),
        200,
      );
    })
    .openapi(moduleStatus, async (c) =>
      answerRead(
        c,
        await readModuleStatus(deps, { viewer: viewerOrThrow(c.var.viewer), moduleId: c.req.valid('param').module }),
      ),
    );

const mine = trainingRoute.signedInRead('/', {
  summary: 'My training: status per module, attempts left today, progress, my attempts, the audit trail',
  responses: { 200: JSON_RESPONSE(MyTrainingSchema, 'My training') },
});

export const myTrainingRoutes = (deps: AppDeps) =>
  createRouter().openapi(mine, async (c) =>
    answerRead(c, await readMyTraining(deps, { viewer: viewerOrThrow(c.var.viewer) })),
  );
