import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { findUnitByTag } from '../store/units.ts';
import type { PublicUnit } from './schema.ts';

/**
 * The public side of a unit, by the asset tag its label's QR code carries: its model, its lending
 * point and its status. ONE Query (the unit item on byLookup); the page names the model and the
 * point from the model's own public read. Public and cached: `unitsShownChanged` clears it.
 */
export const readUnit = async (deps: Pick<AppDeps, 'db' | 'tableName'>, tag: string): Promise<Read<PublicUnit>> => {
  const unit = await findUnitByTag(deps, tag);
  if (!unit) throw new AppError('not-found', `There is no unit tagged ${tag}.`);
  return {
    view: { assetTag: unit.assetTag, modelId: unit.modelId, pointId: unit.pointId, status: unit.status },
    cache: 'public',
  };
};
