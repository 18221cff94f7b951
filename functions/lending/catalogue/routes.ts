import { answerRead, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { listCategories } from './list-categories.ts';
import { listCatalogue } from './list-models.ts';
import { readAvailability } from './read-availability.ts';
import { readModel } from './read-model.ts';
import { catalogueRoute, noModel } from './route-common.ts';
import {
  AvailabilityQuerySchema,
  AvailabilitySchema,
  CategoryListSchema,
  ModelDetailSchema,
  ModelListSchema,
  ModelParamSchema,
} from './schema.ts';

const categories = catalogueRoute.open('get', '/categories', {
  summary: 'The equipment categories: their limits and the training each needs',
  responses: { 200: JSON_RESPONSE(CategoryListSchema, 'The categories, in the city’s order') },
});

const models = catalogueRoute.open('get', '/models', {
  summary: 'The catalogue: every model, by category, with the points holding it and the training it needs',
  responses: { 200: JSON_RESPONSE(ModelListSchema, 'The catalogue') },
});

const model = catalogueRoute.open('get', '/models/{id}', {
  summary: 'A model: description, parts checklist, loan rules, training, and units in service per point',
  request: { params: ModelParamSchema },
  responses: { 200: JSON_RESPONSE(ModelDetailSchema, 'The model'), ...noModel },
});

const availability = catalogueRoute.open('get', '/models/{id}/availability', {
  summary: 'Per day at a point: open or not, free units, units (at most 62 days; one Query of the model’s calendar)',
  request: { params: ModelParamSchema, query: AvailabilityQuerySchema },
  responses: {
    200: JSON_RESPONSE(AvailabilitySchema, 'The days'),
    400: problem(
      'Invalid period (reversed, too long, too early) or a point not holding the model; `errors` names the field',
    ),
    ...noModel,
  },
});

/** The catalogue for everyone (mounted at `/api/lending`). */
export const catalogueRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(categories, (c) => answerRead(c, listCategories(), PUBLIC_DETAIL_CACHE))
    .openapi(models, async (c) => answerRead(c, await listCatalogue(deps)))
    .openapi(model, async (c) => answerRead(c, await readModel(deps, c.req.valid('param').id), PUBLIC_DETAIL_CACHE))
    .openapi(availability, async (c) => {
      const { point, from, to } = c.req.valid('query');
      return answerRead(
        c,
        await readAvailability(deps, { modelId: c.req.valid('param').id, pointId: point, from, to }),
        PUBLIC_LIST_CACHE,
      );
    });
