import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModules } from '../../../functions/training/load-modules.ts';

/** The city's demo modules, as the catalogue reads them from the repository. */
const root = join(import.meta.dirname, '..', '..', '..', 'content', 'training');
const modules = loadModules(root);
const byId = new Map(modules.map((module) => [module.id, module]));

/** What each demo module promises residents and the lending rules (issue #11, item 9). */
const expected = [
  { id: 'enregistrer-en-exterieur', unlocks: ['audio-recorder'], workshop: false, minQuestions: 12, draw: 8 },
  { id: 'licences-libres-et-consentement', unlocks: [], workshop: false, minQuestions: 8, draw: 6 },
  { id: 'tourner-et-sous-titrer-une-video', unlocks: ['video-camera'], workshop: true, minQuestions: 8, draw: 6 },
  { id: 'transcrire-et-sous-titrer', unlocks: [], workshop: false, minQuestions: 8, draw: 6 },
];

/** Targets of Markdown images and links that point into the module's own folder. */
const mediaTargets = (markdown: string) =>
  [...markdown.matchAll(/\]\((media\/[^)\s]+)\)/g)].map((match) => match[1] as string);

describe('the demo training modules', () => {
  it('are the four modules the city offers, and nothing else', () => {
    expect(modules.map((module) => module.id).sort()).toEqual(expected.map((module) => module.id).sort());
  });

  describe.each(expected)('$id', ({ id, unlocks, workshop, minQuestions, draw }) => {
    const module = byId.get(id);

    it('unlocks its equipment and says whether a workshop is part of it', () => {
      expect(module?.manifest.unlocks).toEqual(unlocks);
      expect(module?.manifest.workshop).toBe(workshop);
    });

    it('has a bank of questions large enough for its draw', () => {
      expect(module?.quiz?.questions.length).toBeGreaterThanOrEqual(minQuestions);
      expect(module?.quiz?.draw).toBe(draw);
    });

    it('has every question answerable: at least one right answer, among three or four choices', () => {
      for (const question of module?.quiz?.questions ?? []) {
        expect(question.answers.length, question.id).toBeGreaterThanOrEqual(1);
        expect(question.choices.length, question.id).toBeGreaterThanOrEqual(2);
        expect(question.choices.length, question.id).toBeLessThanOrEqual(4);
      }
    });

    it('has three to six lessons, each written in both languages', () => {
      expect(module?.lessons.length).toBeGreaterThanOrEqual(3);
      expect(module?.lessons.length).toBeLessThanOrEqual(6);
      for (const lesson of module?.lessons ?? []) {
        for (const language of ['fr', 'en'] as const) {
          expect(existsSync(join(root, id, 'lessons', `${lesson.slug}.${language}.md`))).toBe(true);
          expect(lesson.markdown[language].split(/\s+/).length, `${lesson.slug}.${language}`).toBeGreaterThan(250);
        }
      }
    });

    it('finds every media file its lessons reference in its media folder (40 KB at most)', () => {
      for (const lesson of module?.lessons ?? []) {
        for (const language of ['fr', 'en'] as const) {
          for (const target of mediaTargets(lesson.markdown[language])) {
            const file = join(root, id, target);
            expect(existsSync(file), `${lesson.slug}.${language}: ${target}`).toBe(true);
            expect(statSync(file).size, target).toBeLessThanOrEqual(40 * 1024);
          }
        }
      }
    });
  });

  it('lets residents hear the faults the first module teaches, each sound with its transcript', () => {
    const lessons = byId.get('enregistrer-en-exterieur')?.lessons ?? [];
    for (const language of ['fr', 'en'] as const) {
      const markdown = lessons.map((lesson) => lesson.markdown[language]).join('\n\n');
      const sounds = [...markdown.matchAll(/!\[[^\]]+\]\((media\/[^)]+\.mp3)\)\n\n(.*)/g)];
      expect(sounds.length, language).toBeGreaterThanOrEqual(2);
      for (const [, target, next] of sounds) {
        expect(next, `${language}: ${target}`).toMatch(language === 'fr' ? /^Transcription :/ : /^Transcript:/);
      }
    }
  });
});
