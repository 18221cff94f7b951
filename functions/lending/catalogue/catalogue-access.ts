import { hasRole, type Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { ModelRecord, UnitRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';

/**
 * Who manages what in the catalogue: admins everything; staff the units at the points they staff
 * (`staffOf`) and the models held at one of those points. Rules and the reads they need.
 */

export const managesPoint = (viewer: Viewer, pointId: string): boolean =>
  hasRole(viewer, 'admin') || viewer.staffOf.includes(pointId);

/** The points of `pointIds` the viewer manages (all of them for an admin). */
export const managedOf = (viewer: Viewer, pointIds: readonly string[]): string[] =>
  pointIds.filter((pointId) => managesPoint(viewer, pointId));

/** 403 unless the viewer manages every one of `pointIds` (the points a change adds or removes). */
export const requirePoints = (viewer: Viewer, pointIds: readonly string[], act: string): void => {
  const outside = pointIds.filter((pointId) => !managesPoint(viewer, pointId));
  if (outside.length > 0)
    throw new AppError(
      'forbidden',
      `You can only ${act} at the lending points you staff (not ${outside.join(', ')}).`,
      {
        extensions: { points: outside },
      },
    );
};

/** 403 unless the model is held at one of the viewer's points (or the viewer is an admin). */
export const requireModelManager = (viewer: Viewer, model: ModelRecord): void => {
  if (managedOf(viewer, model.pointIds).length === 0)
    throw new AppError('forbidden', 'You can only manage the models held at the lending points you staff.');
};

/** The model and its units (one Query), or a 404. */
export const modelWithUnitsOrThrow = async (deps: Pick<AppDeps, 'db' | 'tableName'>, modelId: string) => {
  const found = await getModelWithUnits(deps, modelId);
  if (!found) throw new AppError('not-found', `There is no model "${modelId}".`);
  return found;
};

/** One unit of the model, or a 404. */
export const unitOf = (units: readonly UnitRecord[], modelId: string, unitId: string): UnitRecord => {
  const unit = units.find((candidate) => candidate.id === unitId);
  if (!unit) throw new AppError('not-found', `Model "${modelId}" has no unit ${unitId}.`);
  return unit;
};

/** A 400 problem naming one field of the body or the query. */
export const invalidField = (where: 'body' | 'query', path: string, message: string, detail = message): AppError =>
  new AppError('validation', detail, { extensions: { errors: [{ in: where, path, message }] } });
