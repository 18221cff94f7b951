/**
 * Server side (build time): a module's source, for another city to reuse — `module.yaml`, the
 * lessons, the media folder, and the quiz's questions without their answers or explanations (the
 * city that runs the quiz keeps those: they are what the server grades with). The questions are
 * written to `quiz-questions.yaml`, not `quiz.yaml`, so nobody mistakes them for a bank the
 * loader would accept: a city writes its own answers back in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { findModule, trainingContentDir } from '../../../../functions/training/catalogue.ts';
import type { TrainingModule } from '../../../../functions/training/module-schema.ts';
import { type ZipFile, zip } from './zip.ts';

const QUIZ_NOTE = [
  '# The questions of this module\u2019s quiz, without their answers and explanations: the city',
  '# that runs the quiz keeps those, since its server grades with them. To reuse the quiz, add',
  '# `answers` (the right choice ids) and `explanation` (fr, en) to each question and save the',
  '# file as quiz.yaml.',
  '# Les questions du quiz de ce module, sans leurs réponses ni leurs explications : la ville qui',
  '# fait passer le quiz les garde, son serveur corrige avec. Pour le réutiliser, ajoutez à chaque',
  '# question `answers` (les identifiants des bons choix) et `explanation` (fr, en), et enregistrez',
  '# le fichier sous le nom quiz.yaml.',
  '',
].join('\n');

/** The quiz as another city may read it: every question and choice, no answer, no explanation. */
export const quizWithoutAnswers = (module: TrainingModule): string | undefined => {
  if (!module.quiz) return undefined;
  const questions = module.quiz.questions.map(({ id, prompt, choices }) => ({ id, prompt, choices }));
  return `${QUIZ_NOTE}${stringify({ draw: module.quiz.draw, questions })}`;
};

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });

/** The archive's files, under a folder named after the module: everything but `quiz.yaml`. */
export const sourceFiles = (root: string, module: TrainingModule): ZipFile[] => {
  const folder = join(root, module.id);
  const files: ZipFile[] = filesUnder(folder)
    .map((file) => relative(folder, file).split(sep).join('/'))
    .filter((path) => path !== 'quiz.yaml')
    .sort()
    .map((path) => ({ path: `${module.id}/${path}`, bytes: readFileSync(join(folder, path)) }));
  const quiz = quizWithoutAnswers(module);
  if (quiz) files.push({ path: `${module.id}/quiz-questions.yaml`, bytes: new TextEncoder().encode(quiz) });
  return files;
};

/** The module's source as a ZIP archive. */
export const sourceArchive = (root: string, module: TrainingModule): Uint8Array<ArrayBuffer> =>
  zip(sourceFiles(root, module));

const built = new Map<string, Uint8Array<ArrayBuffer>>();

/** The archive of a module of the city's catalogue, built once per build (the page shows its size, the endpoint serves it). */
export const moduleSourceArchive = (moduleId: string): Uint8Array<ArrayBuffer> => {
  const cached = built.get(moduleId);
  if (cached) return cached;
  const root = trainingContentDir();
  const module = findModule(moduleId, root);
  if (!module) throw new Error(`No training module ${moduleId} in ${root}`);
  const archive = sourceArchive(root, module);
  built.set(moduleId, archive);
  return archive;
};

export const sourceArchiveSize = (moduleId: string): number => moduleSourceArchive(moduleId).byteLength;
