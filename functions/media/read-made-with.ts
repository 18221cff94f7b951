import { z } from '@hono/zod-openapi';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { toPublicMedia } from './media-views.ts';
import { PublicMediaSchema } from './schema.ts';
import { listMediaMadeWith } from './store.ts';

export const MadeWithParamSchema = z.object({
  modelId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A model id: lower-case letters, digits and hyphens')
    .max(64)
    .openapi({ example: 'zoom-h5' }),
});

export const MediaMadeWithSchema = z
  .object({
    modelId: z.string(),
    /** How many published media name the model (all of them when `complete`). */
    count: z.number().int(),
    complete: z.boolean(),
    media: z.array(PublicMediaSchema),
  })
  .openapi('MediaMadeWith');

/**
 * What the city's equipment made: the published media recorded with a model, newest first, one
 * Query (a model nobody recorded with yet has none: an empty list, not a 404).
 */
export const readMediaMadeWith = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  modelId: string,
): Promise<Read<z.infer<typeof MediaMadeWithSchema>>> => {
  const { items, complete } = await listMediaMadeWith(deps, modelId);
  // An index lags its table a moment: a medium hidden just now is left out here too.
  const ready = items.filter((record) => record.status === 'ready');
  return { view: { modelId, count: ready.length, complete, media: ready.map(toPublicMedia) }, cache: 'public' };
};
