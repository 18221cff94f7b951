import { z } from 'zod';
import { demoViewer } from '../accounts/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { findModule } from './catalogue.ts';
import { startAttempt } from './start-attempt.ts';
import { submitAttempt } from './submit-attempt.ts';

/** `content/demo/workshops.json`'s `quizzesPassed`: demo people who passed a module's quiz online. */
export const DemoQuizzesSchema = z.object({
  quizzesPassed: z.array(z.object({ module: z.string(), people: z.array(z.email()).min(1) }).strict()).default([]),
});

/**
 * Demo people pass a module's quiz the way anyone does: an attempt started (its draw stored),
 * then the bank's right choices submitted for the questions drawn, graded by the use case. The
 * module being online-only, the pass earns the certification (so these people can reserve the
 * equipment it unlocks: lending's demo reservations run after training's seeders). A module the
 * catalogue does not have, or one with a workshop or without a quiz, is said in a line.
 */
export const seedDemoQuizPasses = async (deps: AppDeps, content: unknown): Promise<string[]> => {
  const demo = DemoQuizzesSchema.parse(content);
  const lines: string[] = [];
  for (const { module: moduleId, people } of demo.quizzesPassed) {
    const module = findModule(moduleId);
    const bank = module?.quiz;
    if (!module || !bank) {
      lines.push(`demo quiz skipped: no module ${moduleId} with a quiz in content/training/`);
      continue;
    }
    for (const email of people) {
      const viewer = await demoViewer(deps, email);
      try {
        const attempt = await startAttempt(deps, { viewer, moduleId });
        const answers = Object.fromEntries(
          attempt.questions.map((drawn) => [
            drawn.id,
            bank.questions.find((question) => question.id === drawn.id)?.answers ?? [],
          ]),
        );
        const graded = await submitAttempt(deps, { viewer, moduleId, attemptId: attempt.attemptId, answers });
        lines.push(
          graded.certification
            ? `demo quiz passed: ${module.manifest.title.en} by ${email}, certified until ${graded.certification.validUntil}`
            : `demo quiz passed: ${module.manifest.title.en} by ${email} (${graded.passed ? 'the workshop remains' : 'not passed'})`,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        lines.push(`demo quiz skipped (${moduleId}, ${email}): ${error.message}`);
      }
    }
  }
  return lines;
};
