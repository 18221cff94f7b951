import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { requirePoints } from '../catalogue/catalogue-access.ts';
import type { LendingPointRecord, ModelRecord, ReservationRecord, UnitRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { getReservation } from '../store/reservations.ts';
import { getAssetTagHolder } from '../store/units.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * Who works at which desk, and the reads every desk act starts from: staff of the point (or an
 * admin) only, the loan of THIS point (another point's loan is not found here), the unit behind
 * a scanned tag, refused with both names when it belongs to another point or another model.
 */

/** The point, once the viewer may work at its desk (403 first: staff of another point learn nothing). */
export const deskPointOrThrow = async (deps: Db, viewer: Viewer, pointId: string): Promise<LendingPointRecord> => {
  requirePoints(viewer, [pointId], 'work at the desk');
  const point = await getPoint(deps, pointId);
  if (!point) throw new AppError('not-found', `There is no lending point "${pointId}".`);
  return point;
};

/** A reservation of the point (404 when it does not exist or belongs to another point's desk). */
export const deskLoanOrThrow = async (deps: Db, pointId: string, reservationId: string) => {
  const reservation = await getReservation(deps, reservationId);
  if (!reservation || reservation.pointId !== pointId)
    throw new AppError('not-found', 'There is no such loan at this lending point.');
  return reservation;
};

/** The model and its units (one Query), or a 404. */
export const modelAndUnitsOrThrow = async (deps: Db, modelId: string) => {
  const found = await getModelWithUnits(deps, modelId);
  if (!found) throw new AppError('not-found', `There is no model "${modelId}".`);
  return found;
};

/** The 409 of a checklist drawn for another reservation than the one acted on. */
export const checklistOf = (reservation: ReservationRecord, checklistFor: string): void => {
  if (checklistFor !== reservation.id)
    throw new AppError(
      'conflict',
      'This checklist was drawn for another reservation: open this loan again and tick its own list.',
      { extensions: { checklistFor, reservationId: reservation.id } },
    );
};

/** A scanned tag as typed by a handheld scanner: trimmed, upper case (tags are stored so). */
export const normalTag = (tag: string) => tag.trim().toUpperCase();

/**
 * The unit behind a scanned tag, at `point`, of `model` when one is expected. A tag of another
 * point or of another model is refused (409) naming both, so the desk knows what it holds.
 */
export const scannedUnitOrThrow = async (
  deps: Db,
  tag: string,
  expected: { point: LendingPointRecord; model?: ModelRecord },
): Promise<{ unit: UnitRecord; model: ModelRecord; units: UnitRecord[] }> => {
  const holder = await getAssetTagHolder(deps, normalTag(tag));
  if (!holder) throw new AppError('not-found', `No unit carries the tag ${normalTag(tag)}.`);
  const { model, units } = await modelAndUnitsOrThrow(deps, holder.modelId);
  const unit = units.find((candidate) => candidate.id === holder.unitId);
  if (!unit) throw new AppError('not-found', `No unit carries the tag ${normalTag(tag)}.`);
  if (unit.pointId !== expected.point.id) {
    const other = await getPoint(deps, unit.pointId);
    throw new AppError(
      'conflict',
      `${unit.assetTag} belongs to ${other?.name ?? unit.pointId}, not to ${expected.point.name}.`,
      {
        extensions: {
          wrong: 'point',
          assetTag: unit.assetTag,
          scanned: { id: unit.pointId, name: other?.name ?? unit.pointId },
          expected: { id: expected.point.id, name: expected.point.name },
        },
      },
    );
  }
  if (expected.model && model.id !== expected.model.id)
    throw new AppError('conflict', `${unit.assetTag} is a ${model.name}, not a ${expected.model.name}.`, {
      extensions: {
        wrong: 'model',
        assetTag: unit.assetTag,
        scanned: { id: model.id, name: model.name },
        expected: { id: expected.model.id, name: expected.model.name },
      },
    });
  return { unit, model, units };
};

/** The later of two days (ISO days sort as text). */
export const laterDay = (a: string, b: string): string => [a, b].sort()[1] as string;
