import { z } from 'zod';
import { demoViewer } from '../../accounts/public.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { getPoint } from '../store/points.ts';
import { createModel } from './create-model.ts';
import { createUnit } from './create-unit.ts';
import { ModelInputSchema, UnitInputSchema } from './schema.ts';

export const DemoCatalogueSchema = z.object({
  models: z.object({
    admin: z.email(),
    items: z.array(ModelInputSchema.extend({ units: z.array(UnitInputSchema) })),
  }),
});

/**
 * Loads the demo city's catalogue (content/demo/lending.json, key `models`) through the use cases
 * staff go through, as the admin: each model, then its units. Runs after the points' seeder (the
 * models name its points, checked in the same transaction).
 */
export const seedDemoCatalogue = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const demo = DemoCatalogueSchema.parse(content).models;
  const admin = await demoViewer(deps, demo.admin);
  const lines: string[] = [];
  for (const { units, ...input } of demo.items) {
    // A point the demo does not have (its seeder not run) is said, not a failed start.
    const missing = (await Promise.all(input.pointIds.map((id) => getPoint(deps, id)))).some((point) => !point);
    if (missing) {
      lines.push(
        `demo model skipped: ${input.name} (its lending points ${input.pointIds.join(', ')} are not all there)`,
      );
      continue;
    }
    const model = await createModel(deps, { viewer: admin, input });
    for (const unit of units) await createUnit(deps, { viewer: admin, modelId: model.id, input: unit });
    lines.push(`demo model: ${model.name}, ${units.length} unit(s) at ${model.pointIds.join(' and ')}`);
  }
  return lines;
};
