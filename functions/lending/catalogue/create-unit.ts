import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { transact } from '../../platform/transact.ts';
import { unitsShownChanged } from '../public-paths.ts';
import type { UnitRecord } from '../records.ts';
import { getModel } from '../store/models.ts';
import { pointExistsCheck } from '../store/points.ts';
import { createUnitItems, getAssetTagHolder, modelHoldsPointCheck } from '../store/units.ts';
import { invalidField, modelWithUnitsOrThrow, requirePoints } from './catalogue-access.ts';
import { missingPointsProblem } from './missing-points.ts';
import type { UnitInput, UnitView } from './schema.ts';
import { toUnitView } from './views.ts';

/** 409 naming the tag: another unit has it. */
export const tagTaken = (tag: string, holder: { modelId: string }) =>
  new AppError('conflict', `The asset tag ${tag} is already used (a unit of “${holder.modelId}”).`, {
    extensions: { errors: [{ in: 'body', path: 'assetTag', message: `${tag} is already used` }], assetTag: tag },
  });

/**
 * Staff add a unit of a model at one of their points (admins at any). One transaction writes the
 * unit and its asset tag's lookup item (unique in the city: of two units given the same tag at
 * once, exactly one is written), checks that the point exists and that the model still holds it.
 */
export const createUnit = async (
  deps: AppDeps,
  { viewer, modelId, input }: { viewer: Viewer; modelId: string; input: UnitInput },
): Promise<UnitView> => {
  const { model } = await modelWithUnitsOrThrow(deps, modelId);
  requirePoints(viewer, [input.pointId], 'add units');
  if (!model.pointIds.includes(input.pointId))
    throw invalidField(
      'body',
      'pointId',
      `“${model.name}” is not held at ${input.pointId}: add the point to the model first`,
    );
  const now = deps.clock.now().toISOString();
  const unit: UnitRecord = {
    id: randomUUID(),
    modelId: model.id,
    assetTag: input.assetTag,
    pointId: input.pointId,
    status: input.status ?? 'in-service',
    ...(input.serial ? { serial: input.serial } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
    createdAt: now,
    updatedAt: now,
  };
  const written = await transact(deps, [
    ...createUnitItems(deps, unit),
    pointExistsCheck(deps, unit.pointId),
    modelHoldsPointCheck(deps, model.id, unit.pointId),
  ]);
  if (!written) {
    const holder = await getAssetTagHolder(deps, unit.assetTag);
    if (holder) throw tagTaken(unit.assetTag, holder);
    const current = await getModel(deps, model.id);
    if (current && !current.pointIds.includes(unit.pointId))
      throw invalidField('body', 'pointId', `“${model.name}” is no longer held at ${unit.pointId}`);
    throw await missingPointsProblem(deps, [unit.pointId], 'pointId');
  }
  await unitsShownChanged(deps, model.id);
  return toUnitView(unit);
};
