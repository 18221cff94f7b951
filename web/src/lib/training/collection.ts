/**
 * Server side (the training pages): the modules of the `training` content collection, in
 * catalogue order (the collection itself keeps no order).
 */
import { getCollection } from 'astro:content';
import type { TrainingEntry } from './module-entry.ts';

export const trainingModules = async (): Promise<TrainingEntry[]> =>
  (await getCollection('training'))
    .map((entry) => entry.data as TrainingEntry)
    .sort((a, b) => a.manifest.order - b.manifest.order || a.id.localeCompare(b.id));
