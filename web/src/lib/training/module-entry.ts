/**
 * Server side (the `training` content collection, `content.config.ts`): a module as the site
 * shows it. The module files are read and checked by the API's own loader (`loadModules`, which
 * names the file and field of any error); this is what the pages may see of them: the manifest,
 * the lessons rendered, the media files to serve, and of the quiz only how many questions it
 * draws from how many. The answers never reach the site: the entry's schema is strict, so a
 * field added by mistake fails the build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadModules } from '../../../../functions/training/load-modules.ts';
import {
  BilingualSchema,
  ModuleManifestSchema,
  SlugSchema,
  type TrainingModule,
} from '../../../../functions/training/module-schema.ts';
import { t } from '../../i18n/index.ts';
import { renderLesson } from './lesson-markdown.ts';
import { trainingMediaBase } from './paths.ts';

export const TrainingEntrySchema = z
  .object({
    id: SlugSchema,
    manifest: ModuleManifestSchema,
    lessons: z.array(z.object({ slug: SlugSchema, title: BilingualSchema, html: BilingualSchema }).strict()),
    /** Of the quiz, only its size: the questions (and their answers) are the API's. */
    quiz: z.object({ draw: z.number().int(), bank: z.number().int() }).strict().nullable(),
    /** The files of the module's `media/` folder, served beside its page. */
    media: z.array(z.string()),
  })
  .strict();
export type TrainingEntry = z.infer<typeof TrainingEntrySchema>;

/** Pictures and sounds: what the lessons show and the site serves (a script that made them stays in the sources). */
const SERVED = /\.(png|jpe?g|webp|gif|mp3|ogg)$/i;

const mediaFilesOf = (root: string, id: string): string[] => {
  try {
    return readdirSync(join(root, id, 'media'), { withFileTypes: true })
      .filter((entry) => entry.isFile() && SERVED.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
};

/** One module, as the site shows it. */
export const trainingEntry = (root: string, module: TrainingModule): TrainingEntry => {
  const media = mediaFilesOf(root, module.id);
  const mediaFiles = new Set(media);
  return {
    id: module.id,
    manifest: module.manifest,
    lessons: module.lessons.map((lesson) => {
      const render = (language: 'fr' | 'en') =>
        renderLesson(lesson.markdown[language], {
          file: `content/training/${module.id}/lessons/${lesson.slug}.${language}.md`,
          idPrefix: `${lesson.slug}`,
          mediaFiles,
          mediaBase: trainingMediaBase(module.id),
          tableLabel: t(language)('training.module.lesson.table'),
        });
      return { slug: lesson.slug, title: lesson.title, html: { fr: render('fr'), en: render('en') } };
    }),
    quiz: module.quiz ? { draw: module.quiz.draw, bank: module.quiz.questions.length } : null,
    media,
  };
};

/** Every module under `root`, as the site shows them (a broken module throws, naming file and field). */
export const trainingEntries = (root: string): TrainingEntry[] =>
  loadModules(root).map((module) => trainingEntry(root, module));
