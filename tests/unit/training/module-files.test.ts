import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModules, ModuleFileError } from '../../../functions/training/load-modules.ts';

const manifest = (overrides = '') => `title: { fr: Enregistrer, en: Recording }
summary: { fr: Le son dehors, en: Sound outdoors }
version: 1.0.0
authors: [{ name: Ville de Brest }]
unlocks: [audio-recorder]
validityMonths: 24
lessons:
  - { slug: niveaux, title: { fr: Niveaux, en: Levels } }
${overrides}`;

const quiz = `draw: 1
questions:
  - id: wind
    prompt: { fr: Le vent ?, en: Wind? }
    choices:
      - { id: a, text: { fr: Bonnette, en: Windshield } }
      - { id: b, text: { fr: Rien, en: Nothing } }
    answers: [a]
    explanation: { fr: La bonnette coupe le vent., en: A windshield cuts the wind. }
`;

/** A content/training folder with the given modules' files. */
function contentWith(modules: Record<string, Record<string, string>>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'training-')), 'content', 'training');
  for (const [id, files] of Object.entries(modules)) {
    for (const [name, text] of Object.entries(files)) {
      const file = join(root, id, name);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return root;
}

const lessons = { 'lessons/niveaux.fr.md': '# Niveaux\n\nDu texte.', 'lessons/niveaux.en.md': '# Levels\n\nText.' };

describe('module files', () => {
  it('reads a module: manifest with defaults, quiz, lessons in both languages', () => {
    const [module] = loadModules(
      contentWith({ enregistrer: { 'module.yaml': manifest(), 'quiz.yaml': quiz, ...lessons } }),
    );
    expect(module?.id).toBe('enregistrer');
    expect(module?.manifest.licence).toBe('CC-BY-SA-4.0');
    expect(module?.manifest.passMark).toBe(75);
    expect(module?.manifest.workshop).toBe(false);
    expect(module?.quiz?.questions[0]?.answers).toEqual(['a']);
    expect(module?.lessons[0]?.markdown.en).toContain('Levels');
  });

  it('names the file and the field of a broken manifest', () => {
    const root = contentWith({ enregistrer: { 'module.yaml': manifest().replace('24', 'soon'), ...lessons } });
    expect(() => loadModules(root)).toThrow(ModuleFileError);
    expect(() => loadModules(root)).toThrow(/content\/training\/enregistrer\/module\.yaml: validityMonths/);
  });

  it('refuses an answer that is not a choice, naming the question field', () => {
    const root = contentWith({
      m: { 'module.yaml': manifest(), 'quiz.yaml': quiz.replace('answers: [a]', 'answers: [c]'), ...lessons },
    });
    expect(() => loadModules(root)).toThrow(
      /m\/quiz\.yaml: questions\.0\.answers\.0: Answer c is not one of the choices/,
    );
  });

  it('refuses a draw larger than the bank, a missing lesson, an unknown field', () => {
    const bigDraw = contentWith({
      m: { 'module.yaml': manifest(), 'quiz.yaml': quiz.replace('draw: 1', 'draw: 5'), ...lessons },
    });
    expect(() => loadModules(bigDraw)).toThrow(/quiz\.yaml: draw: Cannot draw 5 questions from a bank of 1/);
    const noLesson = contentWith({ m: { 'module.yaml': manifest(), 'lessons/niveaux.fr.md': 'x' } });
    expect(() => loadModules(noLesson)).toThrow(/m\/lessons\/niveaux\.en\.md: missing/);
    const unknown = contentWith({ m: { 'module.yaml': manifest('colour: red'), ...lessons } });
    expect(() => loadModules(unknown)).toThrow(/module\.yaml: .*colour/);
  });

  it("refuses a module folder named as one of the catalogue's pages, naming the folder and why", () => {
    for (const id of ['ateliers', 'teach', 'verifier']) {
      const root = contentWith({ [id]: { 'module.yaml': manifest(), ...lessons } });
      expect(() => loadModules(root)).toThrow(ModuleFileError);
      expect(() => loadModules(root)).toThrow(
        new RegExp(`content/training/${id}: folder name: "${id}" is the address of a page of the site`),
      );
    }
    expect(loadModules(contentWith({ atelier: { 'module.yaml': manifest(), ...lessons } }))[0]?.id).toBe('atelier');
  });

  it('refuses two modules unlocking the same equipment category', () => {
    const root = contentWith({
      a: { 'module.yaml': manifest(), ...lessons },
      b: { 'module.yaml': manifest(), ...lessons },
    });
    expect(() => loadModules(root)).toThrow(/b\/module\.yaml: unlocks: audio-recorder is already unlocked by a/);
  });
});
