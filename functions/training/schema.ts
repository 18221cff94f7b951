import { z } from '@hono/zod-openapi';

/**
 * Training's contract: requests and answers of its routes. No answer of the quiz appears in any
 * of them except `GradedAttemptSchema`, the grade of an attempt just submitted.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens')
  .max(64);
const bilingual = z.object({ fr: z.string(), en: z.string() }).openapi('BilingualText');
const isoInstant = z.string().openapi({ example: '2026-11-24T09:00:00.000Z' });

export const ModuleIdSchema = slug.openapi({ example: 'enregistrer-en-exterieur' });
export const ModuleParamSchema = z.object({ module: ModuleIdSchema });
export const AttemptParamSchema = z.object({ module: ModuleIdSchema, attemptId: z.uuid() });
export const PersonParamSchema = z.object({
  module: ModuleIdSchema,
  userId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .openapi({ example: '6f1c…' }),
});

export const ModuleSummarySchema = z
  .object({
    id: ModuleIdSchema,
    title: bilingual,
    summary: bilingual,
    version: z.string(),
    licence: z.string(),
    authors: z.array(z.object({ name: z.string(), role: bilingual.optional() })),
    unlocks: z.array(z.string()),
    workshop: z.boolean(),
    validityMonths: z.number().int(),
    passMark: z.number().int(),
    order: z.number().int(),
    lessons: z.array(z.object({ slug: z.string(), title: bilingual })),
    /** The quiz's shape (never its questions' answers): how many questions an attempt draws from how many. */
    quiz: z.object({ draw: z.number().int(), bankSize: z.number().int() }).nullable(),
  })
  .openapi('TrainingModuleSummary');

export const ModuleListSchema = z.object({ modules: z.array(ModuleSummarySchema) }).openapi('TrainingModules');

export const AttemptQuestionSchema = z
  .object({
    id: z.string(),
    prompt: bilingual,
    choices: z.array(z.object({ id: z.string(), text: bilingual })),
    multiple: z.boolean(),
  })
  .openapi('AttemptQuestion');

export const StartedAttemptSchema = z
  .object({
    attemptId: z.uuid(),
    moduleId: ModuleIdSchema,
    expiresAt: isoInstant,
    questions: z.array(AttemptQuestionSchema),
    /** Attempts still possible today after this one. */
    attemptsLeftToday: z.number().int(),
  })
  .openapi('StartedAttempt');

export const SubmitAttemptSchema = z
  .strictObject({
    /** The choices ticked, per drawn question id; a question left out counts as wrong. */
    answers: z.record(slug, z.array(slug).max(8)),
  })
  .openapi('SubmitAttempt');

export const CertificationStatusSchema = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('not-started') }),
    z.object({
      state: z.literal('in-progress'),
      quizPassed: z.boolean(),
      attended: z.boolean(),
      openAttempt: z.boolean(),
    }),
    z.object({ state: z.literal('certified'), validUntil: isoInstant }),
    z.object({ state: z.literal('expired'), validUntil: isoInstant }),
    z.object({ state: z.literal('renew'), moduleVersion: z.string(), acceptsFromMajor: z.number().int() }),
    z.object({ state: z.literal('revoked'), reason: z.string(), revokedAt: isoInstant }),
  ])
  .openapi('TrainingStatus');

export const CertificationViewSchema = z
  .object({
    moduleId: ModuleIdSchema,
    moduleVersion: z.string(),
    how: z.enum(['quiz', 'workshop', 'granted']),
    earnedAt: isoInstant,
    validUntil: isoInstant,
    grantedBy: z.string().optional(),
    revoked: z.boolean(),
    revokedReason: z.string().optional(),
    revokedAt: isoInstant.optional(),
  })
  .openapi('Certification');

export const GradedAttemptSchema = z
  .object({
    score: z.number().int(),
    passed: z.boolean(),
    passMark: z.number().int(),
    results: z.array(
      z.object({
        questionId: z.string(),
        right: z.boolean(),
        explanation: bilingual,
        rightChoices: z.array(z.string()),
      }),
    ),
    /** The certification the pass earned (an online-only module, or the second part of a workshop module). */
    certification: CertificationViewSchema.optional(),
  })
  .openapi('GradedAttempt');

export const AuditEntryViewSchema = z
  .object({
    moduleId: ModuleIdSchema,
    at: isoInstant,
    act: z.enum(['earned', 'granted', 'revoked']),
    how: z.enum(['quiz', 'workshop', 'granted']).optional(),
    /** Who acted; their name while they have an account. */
    by: z.string(),
    byName: z.string().nullable(),
    reason: z.string().optional(),
  })
  .openapi('TrainingAuditEntry');

export const ModuleProgressSchema = z
  .object({
    moduleId: ModuleIdSchema,
    title: bilingual,
    status: CertificationStatusSchema,
    certification: CertificationViewSchema.nullable(),
    attemptsLeftToday: z.number().int(),
    /** When a person who used today's attempts may try again (the next local midnight). */
    nextAttemptAt: isoInstant.nullable(),
    openAttempt: z.object({ attemptId: z.uuid(), expiresAt: isoInstant }).nullable(),
    progress: z.object({ quizPassedAt: isoInstant.optional(), attendedAt: isoInstant.optional() }).nullable(),
  })
  .openapi('TrainingModuleProgress');

export const MyTrainingSchema = z
  .object({
    modules: z.array(ModuleProgressSchema),
    audit: z.array(AuditEntryViewSchema),
    attempts: z.array(
      z.object({
        moduleId: ModuleIdSchema,
        attemptId: z.uuid(),
        startedAt: isoInstant,
        status: z.enum(['open', 'submitted', 'expired']),
        score: z.number().int().optional(),
        passed: z.boolean().optional(),
        submittedAt: isoInstant.optional(),
      }),
    ),
  })
  .openapi('MyTraining');

export const ReasonSchema = z
  .strictObject({ reason: z.string().trim().min(3).max(1000).openapi({ example: 'Atelier suivi en 2025.' }) })
  .openapi('TrainingReason');

export const HoldersSchema = z
  .object({
    moduleId: ModuleIdSchema,
    holders: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string().nullable(),
        status: CertificationStatusSchema,
        certification: CertificationViewSchema,
      }),
    ),
  })
  .openapi('CertificationHolders');

const InstructorViewSchema = z.object({
  userId: z.string(),
  displayName: z.string().nullable(),
  namedBy: z.string(),
  namedAt: isoInstant,
});

export const ModuleStaffSchema = z
  .object({
    moduleId: ModuleIdSchema,
    title: bilingual,
    instructors: z.array(InstructorViewSchema),
    log: z.array(z.object({ userId: z.string(), act: z.enum(['named', 'removed']), by: z.string(), at: isoInstant })),
  })
  .openapi('TrainingModuleStaff');

export const InstructorListSchema = z.object({ modules: z.array(ModuleStaffSchema) }).openapi('TrainingInstructors');

export type ModuleSummary = z.infer<typeof ModuleSummarySchema>;
export type CertificationView = z.infer<typeof CertificationViewSchema>;
export type TrainingStatus = z.infer<typeof CertificationStatusSchema>;
export type ModuleProgress = z.infer<typeof ModuleProgressSchema>;
export type AuditEntryView = z.infer<typeof AuditEntryViewSchema>;
