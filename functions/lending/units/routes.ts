import { requireRole, viewerOrThrow } from '../../platform/auth.ts';
import { answerRead, PUBLIC_DETAIL_CACHE } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { JSON_RESPONSE } from '../../platform/openapi-common.ts';
import { routeDeclarations } from '../../platform/route-declarations.ts';
import { createRouter, problem } from '../../platform/router.ts';
import { readUnit } from './read-unit.ts';
import { readUnitHistory } from './read-unit-history.ts';
import { PublicUnitSchema, TagParamSchema, UnitHistorySchema } from './schema.ts';

const unitRoute = routeDeclarations(['Lending units']);
const unitStaffRoute = routeDeclarations(['Lending units'], requireRole('staff', 'admin'));
const noUnit = { 404: problem('No unit has this asset tag') };

const unit = unitRoute.open('get', '/{tag}', {
  summary: 'A unit by its asset tag (its label’s QR code): model, lending point, status (one Query)',
  request: { params: TagParamSchema },
  responses: { 200: JSON_RESPONSE(PublicUnitSchema, 'The unit'), ...noUnit },
});

const history = unitStaffRoute.signedIn('get', '/{tag}/history', {
  summary: 'A unit’s history (hand-overs, returns, tickets), newest first: staff of its point and admins',
  request: { params: TagParamSchema },
  responses: {
    200: JSON_RESPONSE(UnitHistorySchema, 'The history'),
    403: problem('Not staff or admin, or not at the unit’s lending point'),
    ...noUnit,
  },
});

/** A unit's page: public read and staff history (mounted at `/api/lending/units`). */
export const unitRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(unit, async (c) => answerRead(c, await readUnit(deps, c.req.valid('param').tag), PUBLIC_DETAIL_CACHE))
    .openapi(history, async (c) =>
      answerRead(
        c,
        await readUnitHistory(deps, { viewer: viewerOrThrow(c.var.viewer), tag: c.req.valid('param').tag }),
      ),
    );
