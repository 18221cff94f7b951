/**
 * The site's content collections. `training`: the city's training modules (`content/training/`),
 * read by the API's own loader and schema, so a broken module fails `astro check` and
 * `astro build` as it fails the API's tests, naming the file and the field. What an entry holds
 * (and never holds: the quiz's answers) is `lib/training/module-entry.ts`.
 */
import { defineCollection } from 'astro:content';
import { trainingContentDir } from '../../functions/training/catalogue.ts';
import { TrainingEntrySchema, trainingEntries } from './lib/training/module-entry.ts';

const training = defineCollection({
  loader: () => trainingEntries(trainingContentDir()),
  schema: TrainingEntrySchema,
});

export const collections = { training };
