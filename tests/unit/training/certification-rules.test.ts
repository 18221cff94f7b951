import { describe, expect, it } from 'vitest';
import {
  type CertificationRecord,
  certificationStatus,
  newCertification,
  trainingStatus,
  validUntilFor,
} from '../../../functions/training/certification-rules.ts';
import type { TrainingModule } from '../../../functions/training/module-schema.ts';
import { recordAttendanceItems, recordQuizPassItems } from '../../../functions/training/store/progress.ts';

const text = (s: string) => ({ fr: s, en: s });
const moduleAt = (overrides: Partial<TrainingModule['manifest']> = {}, quiz = true): TrainingModule => ({
  id: 'enregistrer',
  manifest: {
    title: text('Enregistrer'),
    summary: text('Dehors'),
    version: '1.3.0',
    licence: 'CC-BY-SA-4.0',
    authors: [{ name: 'Ville' }],
    unlocks: ['audio-recorder'],
    workshop: false,
    validityMonths: 24,
    passMark: 75,
    order: 1,
    lessons: [{ slug: 'intro', title: text('Intro') }],
    ...overrides,
  },
  ...(quiz
    ? {
        quiz: {
          draw: 1,
          questions: [
            {
              id: 'q',
              prompt: text('?'),
              choices: [
                { id: 'a', text: text('a') },
                { id: 'b', text: text('b') },
              ],
              answers: ['a'],
              explanation: text('!'),
            },
          ],
        },
      }
    : {}),
  lessons: [],
});

const earnedAt = new Date('2026-01-31T10:00:00Z');
const certified = (module: TrainingModule, overrides: Partial<CertificationRecord> = {}): CertificationRecord => ({
  ...newCertification({ userId: 'u1', module, how: 'quiz', now: earnedAt }),
  ...overrides,
});

describe('validity', () => {
  it('lasts validityMonths from when it was earned, to the month’s last day when the day does not exist', () => {
    expect(validUntilFor(moduleAt({ validityMonths: 24 }), earnedAt).toISOString()).toBe('2028-01-31T10:00:00.000Z');
    expect(validUntilFor(moduleAt({ validityMonths: 1 }), earnedAt).toISOString()).toBe('2026-02-28T10:00:00.000Z');
  });

  it('records the version and its major', () => {
    expect(certified(moduleAt())).toMatchObject({ moduleVersion: '1.3.0', moduleMajor: 1, revoked: false });
  });
});

describe('what a certification is worth', () => {
  const module = moduleAt();
  it('counts until validUntil, then is expired', () => {
    expect(certificationStatus(certified(module), module, new Date('2027-06-01T00:00:00Z'))).toEqual({
      state: 'certified',
      validUntil: '2028-01-31T10:00:00.000Z',
    });
    expect(certificationStatus(certified(module), module, new Date('2028-01-31T10:00:00Z')).state).toBe('expired');
  });

  it('asks to renew when the module no longer accepts its major, even if not expired', () => {
    const bumped = moduleAt({ version: '2.0.0', acceptsFromMajor: 2 });
    expect(certificationStatus(certified(module), bumped, new Date('2026-06-01T00:00:00Z'))).toEqual({
      state: 'renew',
      moduleVersion: '1.3.0',
      acceptsFromMajor: 2,
    });
    // A new major that still accepts the old one changes nothing.
    const lenient = moduleAt({ version: '2.0.0' });
    expect(certificationStatus(certified(module), lenient, new Date('2026-06-01T00:00:00Z')).state).toBe('certified');
  });

  it('revocation wins over everything, with its reason', () => {
    const revoked = certified(module, { revoked: true, revokedReason: 'Matériel abîmé', revokedAt: '2026-03-01' });
    expect(
      certificationStatus(revoked, moduleAt({ version: '2.0.0', acceptsFromMajor: 2 }), new Date('2030-01-01')),
    ).toEqual({ state: 'revoked', reason: 'Matériel abîmé', revokedAt: '2026-03-01' });
  });
});

describe('a person’s status for a module', () => {
  const module = moduleAt({ workshop: true });
  const now = new Date('2026-06-01T00:00:00Z');
  it('is not started, then in progress with an open attempt or one part done', () => {
    const none = { module, certification: undefined, progress: undefined, openAttempt: false, now };
    expect(trainingStatus(none)).toEqual({ state: 'not-started' });
    expect(trainingStatus({ ...none, openAttempt: true })).toMatchObject({ state: 'in-progress', openAttempt: true });
    expect(trainingStatus({ ...none, progress: { attendedAt: '2026-05-01' } })).toEqual({
      state: 'in-progress',
      quizPassed: false,
      attended: true,
      openAttempt: false,
    });
  });

  it('shows the certification (even expired) over a way towards a new one', () => {
    const old = certified(module, { validUntil: '2026-05-01T00:00:00.000Z' });
    expect(
      trainingStatus({ module, certification: old, progress: { quizPassedAt: 'x' }, openAttempt: true, now }),
    ).toEqual({
      state: 'expired',
      validUntil: '2026-05-01T00:00:00.000Z',
    });
  });
});

describe('how a certification is earned (transaction items)', () => {
  const deps = { tableName: 't' };
  const now = new Date('2026-06-01T00:00:00Z');
  const kinds = (items: ReturnType<typeof recordQuizPassItems>) =>
    items.map((item) => {
      const [kind, body] = Object.entries(item)[0] as [string, { Key?: { sk: string }; Item?: { sk: string } }];
      return `${kind} ${(body.Key ?? body.Item)?.sk.split('#')[0]}`;
    });

  it('an online-only module: a pass is the certification and its audit entry', () => {
    const items = recordQuizPassItems(deps, {
      module: moduleAt(),
      userId: 'u1',
      progress: undefined,
      now,
      attemptId: 'a1',
    });
    expect(kinds(items)).toEqual(['Put CERT', 'Put AUDIT']);
  });

  it('a workshop module: the first part is progress (conditioned on none), the second earns and clears it', () => {
    const module = moduleAt({ workshop: true });
    const first = recordQuizPassItems(deps, { module, userId: 'u1', progress: undefined, now, attemptId: 'a1' });
    expect(kinds(first)).toEqual(['Update PROGRESS']);
    expect(first[0]?.Update?.ConditionExpression).toBe('attribute_not_exists(pk)');
    const second = recordAttendanceItems(deps, {
      module,
      userId: 'u1',
      progress: { userId: 'u1', moduleId: module.id, quizPassedAt: now.toISOString() },
      now,
      markedBy: 'instructor',
    });
    expect(kinds(second)).toEqual(['Put CERT', 'Put AUDIT', 'Delete PROGRESS']);
    expect(second[0]?.Put?.Item).toMatchObject({ how: 'workshop', grantedBy: 'instructor' });
    expect(second[2]?.Delete?.ConditionExpression).toContain('quizPassedAt = :read_quizPassedAt');
  });

  it('either order: attendance first, then the pass earns it, crediting the instructor who marked it', () => {
    const module = moduleAt({ workshop: true });
    const items = recordQuizPassItems(deps, {
      module,
      userId: 'u1',
      progress: { userId: 'u1', moduleId: module.id, attendedAt: 'x', attendanceMarkedBy: 'instructor' },
      now,
      attemptId: 'a1',
    });
    expect(kinds(items)).toEqual(['Put CERT', 'Put AUDIT', 'Delete PROGRESS']);
    expect(items[0]?.Put?.Item).toMatchObject({ how: 'workshop', grantedBy: 'instructor' });
  });

  it('a workshop module without a quiz: attendance alone earns it', () => {
    const module = moduleAt({ workshop: true }, false);
    const items = recordAttendanceItems(deps, { module, userId: 'u1', progress: undefined, now, markedBy: 'i' });
    expect(kinds(items)).toEqual(['Put CERT', 'Put AUDIT']);
  });
});
