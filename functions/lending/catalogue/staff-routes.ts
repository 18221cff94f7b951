import { type Viewer, viewerOrThrow } from '../../platform/auth.ts';
import { answerRead } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { createModel } from './create-model.ts';
import { createUnit } from './create-unit.ts';
import { endMaintenance } from './end-maintenance.ts';
import { listUnits } from './list-units.ts';
import { catalogueStaffRoute, noModel, noUnit } from './route-common.ts';
import {
  MaintenanceInputSchema,
  ModelDetailSchema,
  ModelInputSchema,
  ModelParamSchema,
  ModelUpdateSchema,
  UnitInputSchema,
  UnitListSchema,
  UnitParamSchema,
  UnitSchema,
  UnitUpdateSchema,
} from './schema.ts';
import { startMaintenance } from './start-maintenance.ts';
import { updateModel } from './update-model.ts';
import { updateUnit } from './update-unit.ts';

const STAFF_403 = { 403: problem('Not staff or admin, or not at this lending point') };

const newModel = catalogueStaffRoute.signedIn('post', '/models', {
  summary: 'Add a model held at my points (admins: any point); the points must exist',
  request: { body: JSON_BODY(ModelInputSchema) },
  responses: {
    201: JSON_RESPONSE(ModelDetailSchema, 'The model'),
    ...STAFF_403,
    409: problem('A model with this id exists'),
  },
});

const editModel = catalogueStaffRoute.signedIn('patch', '/models/{id}', {
  summary: 'Edit a model held at my points; the points added or removed must be mine',
  request: { params: ModelParamSchema, body: JSON_BODY(ModelUpdateSchema) },
  responses: {
    200: JSON_RESPONSE(ModelDetailSchema, 'The model'),
    ...STAFF_403,
    ...noModel,
    409: problem('Units are still at a point to remove, or it changed meanwhile'),
  },
});

const units = catalogueStaffRoute.signedIn('get', '/models/{id}/units', {
  summary: 'The units of a model at my points: asset tag, serial, status, notes, maintenance',
  request: { params: ModelParamSchema },
  responses: { 200: JSON_RESPONSE(UnitListSchema, 'The units'), ...STAFF_403, ...noModel },
});

const newUnit = catalogueStaffRoute.signedIn('post', '/models/{id}/units', {
  summary: 'Add a unit at one of my points; its asset tag is unique in the city',
  request: { params: ModelParamSchema, body: JSON_BODY(UnitInputSchema) },
  responses: {
    201: JSON_RESPONSE(UnitSchema, 'The unit'),
    ...STAFF_403,
    ...noModel,
    409: problem('The asset tag is already used (`errors` names `assetTag`)'),
  },
});

const editUnit = catalogueStaffRoute.signedIn('patch', '/models/{id}/units/{unitId}', {
  summary: 'Edit a unit at my point: serial, notes, status (in service, retired), its point',
  request: { params: UnitParamSchema, body: JSON_BODY(UnitUpdateSchema) },
  responses: {
    200: JSON_RESPONSE(UnitSchema, 'The unit'),
    ...STAFF_403,
    ...noUnit,
    409: problem(
      'Changed meanwhile, in maintenance, or moved while days are taken from today on (`takenDays`, `errors` names `pointId`)',
    ),
  },
});

const startUnitMaintenance = catalogueStaffRoute.signedIn('post', '/models/{id}/units/{unitId}/maintenance', {
  summary: 'Put a unit in maintenance from a day to a day: its days are taken as a reservation takes them',
  request: { params: UnitParamSchema, body: JSON_BODY(MaintenanceInputSchema) },
  responses: {
    200: JSON_RESPONSE(UnitSchema, 'The unit, in maintenance'),
    ...STAFF_403,
    ...noUnit,
    409: problem('A day is taken (`takenDays`), or the unit is not in service'),
  },
});

const endUnitMaintenance = catalogueStaffRoute.signedIn('delete', '/models/{id}/units/{unitId}/maintenance', {
  summary: 'End a unit’s maintenance: back in service, its days from today on released',
  request: { params: UnitParamSchema },
  responses: {
    200: JSON_RESPONSE(UnitSchema, 'The unit, in service'),
    ...STAFF_403,
    ...noUnit,
    409: problem('Not in maintenance, or changed meanwhile'),
  },
});

/** Who acts on which model (and unit): what every staff use case is given besides its input. */
const onModel = (viewer: Viewer | null, { id }: { id: string }) => ({ viewer: viewerOrThrow(viewer), modelId: id });
const onUnit = (viewer: Viewer | null, { id, unitId }: { id: string; unitId: string }) => ({
  ...onModel(viewer, { id }),
  unitId,
});

/** Staff and admins edit the catalogue (mounted at `/api/lending`). */
export const catalogueStaffRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(newModel, async (c) =>
      c.json(await createModel(deps, { viewer: viewerOrThrow(c.var.viewer), input: c.req.valid('json') }), 201),
    )
    .openapi(editModel, async (c) =>
      c.json(
        await updateModel(deps, { ...onModel(c.var.viewer, c.req.valid('param')), changes: c.req.valid('json') }),
        200,
      ),
    )
    .openapi(units, async (c) => answerRead(c, await listUnits(deps, onModel(c.var.viewer, c.req.valid('param')))))
    .openapi(newUnit, async (c) =>
      c.json(
        await createUnit(deps, { ...onModel(c.var.viewer, c.req.valid('param')), input: c.req.valid('json') }),
        201,
      ),
    )
    .openapi(editUnit, async (c) =>
      c.json(
        await updateUnit(deps, { ...onUnit(c.var.viewer, c.req.valid('param')), changes: c.req.valid('json') }),
        200,
      ),
    )
    .openapi(startUnitMaintenance, async (c) =>
      c.json(
        await startMaintenance(deps, { ...onUnit(c.var.viewer, c.req.valid('param')), input: c.req.valid('json') }),
        200,
      ),
    )
    .openapi(endUnitMaintenance, async (c) =>
      c.json(await endMaintenance(deps, onUnit(c.var.viewer, c.req.valid('param'))), 200),
    );
