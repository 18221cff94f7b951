import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  type Bilingual,
  ModuleManifestSchema,
  QuizBankSchema,
  SlugSchema,
  type TrainingModule,
} from './module-schema.ts';
import { RESERVED_MODULE_IDS } from './reserved-module-ids.ts';

/** A module file the schema refuses: the message names the file and the field. */
export class ModuleFileError extends Error {
  override name = 'ModuleFileError';
}

const where = (root: string, file: string) => relative(join(root, '..', '..'), file) || file;

const describe = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`).join('; ');

function parseFile<T>(root: string, file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModuleFileError(`${where(root, file)}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ModuleFileError(`${where(root, file)}: ${describe(result.error)}`);
  return result.data;
}

function readLesson(root: string, folder: string, slug: string): Bilingual {
  const read = (language: 'fr' | 'en') => {
    const file = join(folder, 'lessons', `${slug}.${language}.md`);
    if (!existsSync(file)) throw new ModuleFileError(`${where(root, file)}: missing (lesson ${slug} in ${language})`);
    const markdown = readFileSync(file, 'utf8').trim();
    if (!markdown) throw new ModuleFileError(`${where(root, file)}: empty`);
    return markdown;
  };
  return { fr: read('fr'), en: read('en') };
}

/** One module folder: `module.yaml`, an optional `quiz.yaml`, `lessons/<slug>.<fr|en>.md`. */
export function loadModule(root: string, id: string): TrainingModule {
  const folder = join(root, id);
  const slug = SlugSchema.safeParse(id);
  if (!slug.success) throw new ModuleFileError(`${where(root, folder)}: folder name: ${describe(slug.error)}`);
  if (RESERVED_MODULE_IDS.has(id)) {
    throw new ModuleFileError(
      `${where(root, folder)}: folder name: "${id}" is the address of a page of the site (/formations/${id}/ or /en/training/${id}/); give the module another name`,
    );
  }
  const manifestFile = join(folder, 'module.yaml');
  if (!existsSync(manifestFile)) throw new ModuleFileError(`${where(root, manifestFile)}: missing`);
  const manifest = parseFile(root, manifestFile, ModuleManifestSchema);
  const quizFile = join(folder, 'quiz.yaml');
  const quiz = existsSync(quizFile) ? parseFile(root, quizFile, QuizBankSchema) : undefined;
  const lessons = manifest.lessons.map((lesson) => ({ ...lesson, markdown: readLesson(root, folder, lesson.slug) }));
  return { id, manifest, ...(quiz ? { quiz } : {}), lessons };
}

/**
 * Every module under `root` (`content/training/`), in catalogue order. Rules across modules are
 * checked here: an equipment category is unlocked by one module at most, so the certification a
 * booking needs is one item (see `certificationCheck`).
 */
export function loadModules(root: string): TrainingModule[] {
  if (!existsSync(root)) return [];
  const ids = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const modules = ids.map((id) => loadModule(root, id));
  const unlockedBy = new Map<string, string>();
  for (const module of modules) {
    for (const category of module.manifest.unlocks) {
      const other = unlockedBy.get(category);
      if (other) {
        throw new ModuleFileError(
          `${where(root, join(root, module.id, 'module.yaml'))}: unlocks: ${category} is already unlocked by ${other}`,
        );
      }
      unlockedBy.set(category, module.id);
    }
  }
  return modules.sort((a, b) => a.manifest.order - b.manifest.order || a.id.localeCompare(b.id));
}
