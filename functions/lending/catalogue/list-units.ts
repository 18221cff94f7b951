import type { Viewer } from '../../platform/auth.ts';
import type { Read } from '../../platform/cache.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { managedOf, managesPoint, modelWithUnitsOrThrow, requireModelManager } from './catalogue-access.ts';
import type { ModelSummary, UnitView } from './schema.ts';
import { toModelSummary, toUnitView } from './views.ts';

/** The units of a model at the points the viewer manages, in asset-tag order (the staff's editor; never cached). */
export const listUnits = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  { viewer, modelId }: { viewer: Viewer; modelId: string },
): Promise<Read<{ model: ModelSummary; units: UnitView[]; manages: string[] }>> => {
  const { model, units } = await modelWithUnitsOrThrow(deps, modelId);
  requireModelManager(viewer, model);
  const manages = managedOf(viewer, model.pointIds);
  // By the unit's own point: an admin also sees units left at a point the model no longer names.
  const shown = units.filter((unit) => managesPoint(viewer, unit.pointId));
  return {
    view: {
      model: toModelSummary(model),
      units: shown.sort((a, b) => a.assetTag.localeCompare(b.assetTag)).map(toUnitView),
      manages,
    },
    cache: 'private',
  };
};
