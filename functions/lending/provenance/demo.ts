import { z } from 'zod';
import { recordDemoProvenance } from '../../media/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { getModelWithUnits } from '../store/models.ts';
import { getPoint } from '../store/points.ts';
import { getAssetTagHolder } from '../store/units.ts';
import type { LoanProvenance } from './loan-provenance.ts';

/** `content/demo/lending.json`'s `recordedWith`: demo recordings (by file) and the kit, by asset tag. */
export const DemoRecordedWithSchema = z.object({
  recordedWith: z.array(z.object({ file: z.string(), assetTag: z.string() })).default([]),
});

/** The copy a recording keeps of a kit, read from the catalogue by asset tag (no loan: see below). */
const kitSnapshot = async (deps: AppDeps, assetTag: string): Promise<LoanProvenance | undefined> => {
  const holder = await getAssetTagHolder(deps, assetTag);
  const found = holder && (await getModelWithUnits(deps, holder.modelId));
  const unit = found?.units.find((u) => u.id === holder?.unitId);
  const point = unit && (await getPoint(deps, unit.pointId));
  if (!found || !unit || !point) return undefined;
  return {
    modelId: found.model.id,
    modelName: found.model.name,
    assetTag: unit.assetTag,
    pointId: point.id,
    pointName: point.name,
  };
};

/**
 * Says which demo recordings were made with which demo kit. A citizen names one of their loans at
 * upload (lending checks it is theirs and current or recent); the demo's recordings were published
 * before any loan of the demo was handed over (the desk makes those), so their copies are taken
 * from the catalogue directly, without a loan. Runs after the catalogue, with the media's ids.
 */
export const seedDemoRecordedWith = async (
  deps: AppDeps,
  content: unknown,
  mediaIds: Map<string, string>,
): Promise<string[]> => {
  const { recordedWith } = DemoRecordedWithSchema.parse(content);
  const lines: string[] = [];
  for (const { file, assetTag } of recordedWith) {
    const mediaId = mediaIds.get(file);
    const snapshot = await kitSnapshot(deps, assetTag);
    if (!mediaId || !snapshot || !(await recordDemoProvenance(deps, mediaId, snapshot))) {
      lines.push(`demo recording skipped (${file} with ${assetTag}: no such published medium or unit)`);
      continue;
    }
    lines.push(`demo recording: ${file} recorded with ${snapshot.modelName} (${assetTag})`);
  }
  return lines;
};
