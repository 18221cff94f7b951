import { requireRole } from '../../platform/auth.ts';
import { answerRead, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { createPoint } from './create-point.ts';
import { listPoints } from './list-points.ts';
import { readPoint } from './read-point.ts';
import { CreatePointSchema, PointIdParamSchema, PointListSchema, PointSchema, UpdatePointSchema } from './schema.ts';
import { updatePoint } from './update-point.ts';

const pointRoute = routeDeclarations(['Lending points']);
const adminRoute = routeDeclarations(['Lending points'], requireRole('admin'));
const noPoint = { 404: problem('No such lending point') };

const list = pointRoute.open('get', '/', {
  summary: 'The lending points with their place, weekly hours and closures (one Query)',
  responses: { 200: JSON_RESPONSE(PointListSchema, 'The lending points, by name') },
});

const detail = pointRoute.open('get', '/{id}', {
  summary: 'A lending point: address, place, weekly hours, closures, contact',
  request: { params: PointIdParamSchema },
  responses: { 200: JSON_RESPONSE(PointSchema, 'The lending point'), 400: problem('Invalid id'), ...noPoint },
});

const create = adminRoute.signedIn('post', '/', {
  summary: 'Create a lending point (admins): spans in order, closures forward, a place on the globe',
  request: { body: JSON_BODY(CreatePointSchema) },
  responses: { 201: JSON_RESPONSE(PointSchema, 'The new lending point'), 409: problem('The id is taken') },
});

const update = adminRoute.signedIn('put', '/{id}', {
  summary: 'Replace a lending point’s fields (admins), unless it changed since `expectedUpdatedAt`',
  request: { params: PointIdParamSchema, body: JSON_BODY(UpdatePointSchema) },
  responses: {
    200: JSON_RESPONSE(PointSchema, 'The lending point as saved'),
    ...noPoint,
    409: problem('Changed meanwhile: `updatedAt` is the current version'),
  },
});

export const lendingPointRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => answerRead(c, await listPoints(deps), PUBLIC_LIST_CACHE))
    .openapi(detail, async (c) => answerRead(c, await readPoint(deps, c.req.valid('param').id), PUBLIC_DETAIL_CACHE))
    .openapi(create, async (c) => c.json(await createPoint(deps, c.req.valid('json')), 201))
    .openapi(update, async (c) => c.json(await updatePoint(deps, c.req.valid('param').id, c.req.valid('json')), 200));
