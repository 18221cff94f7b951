import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { trainingContentDir } from '../../../functions/training/catalogue.ts';
import { loadModules } from '../../../functions/training/load-modules.ts';
import { TrainingEntrySchema, trainingEntries } from '../../../web/src/lib/training/module-entry.ts';
import { sourceArchive } from '../../../web/src/lib/training/source-archive.ts';
import { zip } from '../../../web/src/lib/training/zip.ts';

/**
 * What the site takes from the module files: the content collection's entries and the source
 * archive another city downloads. Neither may carry a quiz's answers (the server grades with
 * them), and the archive must open with an ordinary unzip.
 */
const root = trainingContentDir();
const modules = loadModules(root);
const withQuiz = modules.filter((module) => module.quiz);

/** `unzip` is the reader another city would use; the test needs it, and says so. */
const UNZIP = '/usr/bin/unzip';
const unzip = (archive: Uint8Array, option: string, member?: string) => {
  if (!existsSync(UNZIP)) throw new Error('These tests read the archive back with unzip: apt-get install -y unzip');
  const file = join(mkdtempSync(join(tmpdir(), 'training-zip-')), 'module.zip');
  writeFileSync(file, archive);
  return execFileSync(UNZIP, [option, file, ...(member ? [member] : [])], { encoding: 'utf8' });
};

describe('the training collection', () => {
  it('has the demo modules, with a quiz to take', () => {
    expect(modules.length).toBeGreaterThan(0);
    expect(withQuiz.length).toBeGreaterThan(0);
  });

  it('carries no answer nor explanation of any quiz, only its size', () => {
    const entries = trainingEntries(root);
    for (const entry of entries) {
      const module = modules.find((candidate) => candidate.id === entry.id);
      expect(TrainingEntrySchema.parse(entry)).toEqual(entry);
      const text = JSON.stringify(entry);
      for (const question of module?.quiz?.questions ?? []) {
        expect(text, `${entry.id} has ${question.id}`).not.toContain(question.explanation.fr);
        expect(text).not.toContain(question.prompt.fr);
      }
      expect(entry.quiz).toEqual(module?.quiz ? { draw: module.quiz.draw, bank: module.quiz.questions.length } : null);
    }
  });

  it('fails, naming the file and the field, on a broken module or a lesson showing a missing file', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'training-broken-')), 'content', 'training');
    cpSync(root, copy, { recursive: true });
    const [module] = modules;
    if (!module) throw new Error('no module');
    const manifest = join(copy, module.id, 'module.yaml');
    const original = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, original.replace(/^validityMonths: .*$/m, 'validityMonths: deux ans'));
    expect(() => trainingEntries(copy)).toThrow(`content/training/${module.id}/module.yaml: validityMonths:`);

    writeFileSync(manifest, original);
    const [lesson] = module.lessons;
    const lessonFile = join(copy, module.id, 'lessons', `${lesson?.slug}.fr.md`);
    writeFileSync(lessonFile, `${readFileSync(lessonFile, 'utf8')}\n\n![Absent](media/absent.mp3)\n`);
    expect(() => trainingEntries(copy)).toThrow(
      `content/training/${module.id}/lessons/${lesson?.slug}.fr.md: media/absent.mp3: no such file`,
    );
  });

  it('refuses an entry that would carry answers', () => {
    const [entry] = trainingEntries(root);
    const leaking = { ...entry, quiz: { draw: 1, bank: 2, answers: ['a'] } };
    expect(TrainingEntrySchema.safeParse(leaking).success).toBe(false);
  });
});

describe('a module’s source archive', () => {
  it('opens with unzip and holds the lessons, module.yaml, the media and the questions without answers', () => {
    for (const module of withQuiz) {
      const archive = sourceArchive(root, module);
      expect(unzip(archive, '-tq')).toMatch(/No errors detected/);
      const listing = unzip(archive, '-Z1').trim().split('\n');
      expect(listing).toContain(`${module.id}/module.yaml`);
      expect(listing).toContain(`${module.id}/quiz-questions.yaml`);
      expect(listing).not.toContain(`${module.id}/quiz.yaml`);
      for (const lesson of module.lessons) expect(listing).toContain(`${module.id}/lessons/${lesson.slug}.fr.md`);
      const hasMedia = existsSync(join(root, module.id, 'media'));
      expect(listing.some((path) => path.startsWith(`${module.id}/media/`))).toBe(hasMedia);

      const quiz = parse(unzip(archive, '-p', `${module.id}/quiz-questions.yaml`)) as {
        draw: number;
        questions: Record<string, unknown>[];
      };
      expect(quiz.draw).toBe(module.quiz?.draw);
      expect(quiz.questions.map((question) => question.id)).toEqual(
        module.quiz?.questions.map((question) => question.id),
      );
      for (const question of quiz.questions) {
        expect(Object.keys(question).sort()).toEqual(['choices', 'id', 'prompt']);
      }
      const moduleYaml = unzip(archive, '-p', `${module.id}/module.yaml`);
      expect(parse(moduleYaml)).toMatchObject({ version: module.manifest.version });
    }
  });

  it('is the same bytes on every build', () => {
    const [module] = withQuiz;
    if (!module) throw new Error('no module with a quiz');
    expect(Buffer.from(sourceArchive(root, module)).equals(Buffer.from(sourceArchive(root, module)))).toBe(true);
  });

  it('keeps accented names and empty files readable', () => {
    const archive = zip([
      { path: 'm/leçons/été.fr.md', bytes: new TextEncoder().encode('# Été\n'.repeat(50)) },
      { path: 'm/vide.txt', bytes: new Uint8Array() },
    ]);
    expect(unzip(archive, '-tq')).toMatch(/No errors detected/);
    expect(unzip(archive, '-p', 'm/leçons/été.fr.md')).toBe('# Été\n'.repeat(50));
  });
});
