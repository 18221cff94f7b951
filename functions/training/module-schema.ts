import { z } from 'zod';
import { LICENCE_IDS } from '../licences/licences.ts';

/**
 * A training module as its files spell it (`content/training/<module>/`): the city writes
 * modules as files so they are a commons another city can copy, review in a pull request and
 * translate. The site (an Astro content collection) and the API (grading, certification) read
 * them through this one schema, so a broken module fails the build and the tests alike, with
 * the file and the field named.
 */

/** A text the portal shows in both its languages. */
export const BilingualSchema = z.object({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Bilingual = z.infer<typeof BilingualSchema>;

/** Lower-case words joined by hyphens: module folders, lesson files, equipment categories, question ids. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens (e.g. enregistrer-en-exterieur)')
  .max(64);

/** Semantic version: a new major version is a change that matters (equipment may require it). */
export const VersionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'Write the version as major.minor.patch (e.g. 1.2.0)');

export const majorOf = (version: string): number => Number(version.split('.')[0]);

export const AuthorSchema = z.object({
  name: z.string().trim().min(1).max(120),
  /** What they did: wrote, recorded the examples, translated, reviewed. */
  role: BilingualSchema.optional(),
});

export const LessonRefSchema = z.object({
  /** `lessons/<slug>.fr.md` and `lessons/<slug>.en.md` in the module folder. */
  slug: SlugSchema,
  title: BilingualSchema,
});

/** `module.yaml`. */
export const ModuleManifestSchema = z
  .object({
    title: BilingualSchema,
    summary: BilingualSchema,
    version: VersionSchema,
    /**
     * The oldest major version whose certifications still count. Raising it to the current major
     * asks everyone certified on an older one to renew (they see "renew your training", not a
     * bare refusal).
     */
    acceptsFromMajor: z.number().int().min(0).optional(),
    licence: z.enum(LICENCE_IDS).default('CC-BY-SA-4.0'),
    authors: z.array(AuthorSchema).min(1),
    /** Equipment categories this module unlocks; a category is unlocked by one module at most. */
    unlocks: z.array(SlugSchema).default([]),
    /** An in-person workshop is part of the certification (attendance is marked by an instructor). */
    workshop: z.boolean().default(false),
    /** How long a certification lasts. */
    validityMonths: z.number().int().min(1).max(120),
    /** Share of right answers that passes the quiz, in percent. */
    passMark: z.number().int().min(1).max(100).default(75),
    /** Order in the catalogue. */
    order: z.number().int().default(100),
    lessons: z.array(LessonRefSchema).min(1),
  })
  .strict()
  .superRefine((manifest, context) => {
    const major = majorOf(manifest.version);
    if (manifest.acceptsFromMajor !== undefined && manifest.acceptsFromMajor > major) {
      context.addIssue({
        code: 'custom',
        path: ['acceptsFromMajor'],
        message: `Cannot accept from major ${manifest.acceptsFromMajor}: the module is at version ${manifest.version}`,
      });
    }
    const slugs = manifest.lessons.map((lesson) => lesson.slug);
    const repeated = slugs.find((slug, index) => slugs.indexOf(slug) !== index);
    if (repeated)
      context.addIssue({ code: 'custom', path: ['lessons'], message: `Lesson ${repeated} is listed twice` });
  });
export type ModuleManifest = z.infer<typeof ModuleManifestSchema>;

export const ChoiceSchema = z.object({ id: SlugSchema, text: BilingualSchema });

export const QuestionSchema = z
  .object({
    id: SlugSchema,
    prompt: BilingualSchema,
    choices: z.array(ChoiceSchema).min(2).max(8),
    /** The right choice(s): a question with several asks for all of them. */
    answers: z.array(SlugSchema).min(1),
    /** Shown after grading, right or wrong. */
    explanation: BilingualSchema,
  })
  .strict()
  .superRefine((question, context) => {
    const ids = question.choices.map((choice) => choice.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated)
      context.addIssue({ code: 'custom', path: ['choices'], message: `Choice ${repeated} is listed twice` });
    for (const [index, answer] of question.answers.entries()) {
      if (!ids.includes(answer)) {
        context.addIssue({
          code: 'custom',
          path: ['answers', index],
          message: `Answer ${answer} is not one of the choices`,
        });
      }
    }
  });
export type Question = z.infer<typeof QuestionSchema>;

/** `quiz.yaml`: a bank of questions; each attempt draws `draw` of them. */
export const QuizBankSchema = z
  .object({
    draw: z.number().int().min(1),
    questions: z.array(QuestionSchema).min(1),
  })
  .strict()
  .superRefine((quiz, context) => {
    if (quiz.draw > quiz.questions.length) {
      context.addIssue({
        code: 'custom',
        path: ['draw'],
        message: `Cannot draw ${quiz.draw} questions from a bank of ${quiz.questions.length}`,
      });
    }
    const ids = quiz.questions.map((question) => question.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated)
      context.addIssue({ code: 'custom', path: ['questions'], message: `Question ${repeated} is listed twice` });
  });
export type QuizBank = z.infer<typeof QuizBankSchema>;

/** A module as the portal knows it: its folder name, manifest, quiz (if any) and lessons' sources. */
export interface TrainingModule {
  id: string;
  manifest: ModuleManifest;
  quiz?: QuizBank;
  lessons: { slug: string; title: Bilingual; markdown: Bilingual }[];
}
