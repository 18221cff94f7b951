import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { type TransactItem, transact } from '../../../functions/platform/transact.ts';
import { getTrail } from '../../../functions/trails/store.ts';
import { findModule } from '../../../functions/training/catalogue.ts';
import { type CertificationRecord, newCertification } from '../../../functions/training/certification-rules.ts';
import { certificationCheck, requiredTrainingFor } from '../../../functions/training/public.ts';
import { certifyItems } from '../../../functions/training/store/certifications.ts';
import { personWithRole } from '../accounts-support.ts';
import { makeTestApp, manualClock, problemOf } from '../support.ts';
import { trailFixture } from '../trails-support.ts';
import { call, instructorOf, ONLINE, passQuiz, RENEWED } from './support.ts';

const moduleOf = (id: string) => {
  const module = findModule(id);
  if (!module) throw new Error(`fixture module ${id} missing`);
  return module;
};

/** Stores a certification as earned at `now` (with overrides: an old major, an early end). */
const certify = async (
  deps: AppDeps,
  userId: string,
  moduleId: string,
  now: Date,
  overrides: Partial<CertificationRecord> = {},
) => {
  const record = { ...newCertification({ userId, module: moduleOf(moduleId), how: 'quiz', now }), ...overrides };
  const stored = await transact(
    deps,
    certifyItems(deps, record, {
      userId,
      moduleId,
      id: randomUUID(),
      at: now.toISOString(),
      act: 'earned',
      by: userId,
    }),
  );
  if (!stored) throw new Error('certification not stored');
};

/** A booking stand-in: the certification check and one Put, all or nothing. */
const dummyBooking = (deps: AppDeps, check: TransactItem, id: string): TransactItem[] => [
  check,
  {
    Put: {
      TableName: deps.tableName,
      Item: { pk: `GATE-TEST#${id}`, sk: 'BOOKING', bookedAt: new Date().toISOString() },
    },
  },
];
const bookingStored = async (deps: AppDeps, id: string) =>
  Boolean(
    (
      await deps.db.send(
        new GetCommand({
          TableName: deps.tableName,
          Key: { pk: `GATE-TEST#${id}`, sk: 'BOOKING' },
          ConsistentRead: true,
        }),
      )
    ).Item,
  );

const checkFor = (deps: AppDeps, personId: string, category: string, now: Date) => {
  const check = certificationCheck(deps, personId, category, now);
  if (!check) throw new Error(`${category} needs no training`);
  return check;
};

describe('the certification check a booking includes', () => {
  it('names the module a category needs, and none for a category no module unlocks', () => {
    expect(requiredTrainingFor('fixture-recorder')?.id).toBe(ONLINE);
    expect(requiredTrainingFor('listening-player')).toBeUndefined();
    expect(certificationCheck({ tableName: 't' }, 'u', 'listening-player', new Date())).toBeUndefined();
  });

  it('lets a valid certification through and refuses none, expired, revoked and renew (old major) in the write', async () => {
    const test = await makeTestApp();
    const now = new Date('2026-11-24T09:00:00Z');
    const book = async (personId: string, category: string) => {
      const id = randomUUID();
      const landed = await transact(
        test.deps,
        dummyBooking(test.deps, checkFor(test.deps, personId, category, now), id),
      );
      expect(await bookingStored(test.deps, id)).toBe(landed);
      return landed;
    };

    const valid = randomUUID();
    await certify(test.deps, valid, ONLINE, new Date('2026-01-01T00:00:00Z'));
    expect(await book(valid, 'fixture-recorder')).toBe(true);

    expect(await book(randomUUID(), 'fixture-recorder')).toBe(false);

    const expired = randomUUID();
    await certify(test.deps, expired, ONLINE, new Date('2024-01-01T00:00:00Z'));
    expect(await book(expired, 'fixture-recorder')).toBe(false);

    const revoked = randomUUID();
    await certify(test.deps, revoked, ONLINE, new Date('2026-06-01T00:00:00Z'), {
      revoked: true,
      revokedReason: 'test',
      revokedAt: '2026-07-01T00:00:00Z',
    });
    expect(await book(revoked, 'fixture-recorder')).toBe(false);

    // renewed-module is at 2.0.0 and accepts from major 2: a certification earned on 1.x asks to renew.
    const oldMajor = randomUUID();
    await certify(test.deps, oldMajor, RENEWED, new Date('2026-06-01T00:00:00Z'), {
      moduleVersion: '1.4.0',
      moduleMajor: 1,
    });
    expect(await book(oldMajor, 'fixture-mixer')).toBe(false);
    const newMajor = randomUUID();
    await certify(test.deps, newMajor, RENEWED, new Date('2026-06-01T00:00:00Z'));
    expect(await book(newMajor, 'fixture-mixer')).toBe(true);
  });

  it('revocation racing the certification check: no booking lands after the revocation', async () => {
    const test = await makeTestApp();
    const holder = await personWithRole(test.deps, 'citizen');
    const instructor = await instructorOf(test.deps, ONLINE);
    await certify(test.deps, holder.user.id, ONLINE, new Date());

    const outcomes: { id: string; sentAt: number; landed: boolean }[] = [];
    let revokedAt = Number.POSITIVE_INFINITY;
    const revocation = Promise.resolve(
      call(test, `/api/training/${ONLINE}/certifications/${holder.user.id}`, 'DELETE', instructor.cookie, {
        reason: 'Enregistreur rendu abîmé deux fois.',
      }),
    ).then((response) => {
      revokedAt = Date.now();
      return response;
    });
    const bookings = Array.from({ length: 20 }, async (_, index) => {
      // Spread over the revocation's time: some before it lands, some after.
      await new Promise((resolve) => setTimeout(resolve, index * 15));
      const id = randomUUID();
      const sentAt = Date.now();
      const landed = await transact(
        test.deps,
        dummyBooking(test.deps, checkFor(test.deps, holder.user.id, 'fixture-recorder', new Date()), id),
      );
      outcomes.push({ id, sentAt, landed });
    });
    const [revoked] = await Promise.all([revocation, ...bookings]);
    expect(revoked.status).toBe(200);
    expect(outcomes).toHaveLength(20);
    for (const outcome of outcomes) {
      // What the transaction answered is what is stored: a refused booking left nothing behind.
      expect(await bookingStored(test.deps, outcome.id)).toBe(outcome.landed);
      // A booking sent once the revocation had landed was refused by the write itself.
      if (outcome.sentAt > revokedAt) expect(outcome.landed).toBe(false);
    }
    // And from now on, every booking is refused.
    const after = randomUUID();
    expect(
      await transact(
        test.deps,
        dummyBooking(test.deps, checkFor(test.deps, holder.user.id, 'fixture-recorder', new Date()), after),
      ),
    ).toBe(false);
  });
});

describe('publishing a trail when the city requires a training (PUBLISH_REQUIRES_TRAINING)', () => {
  const setUp = async (publishRequiresTraining?: string) => {
    const test = await makeTestApp({
      clock: manualClock(new Date('2026-11-24T09:00:00Z')),
      config: publishRequiresTraining ? { publishRequiresTraining } : {},
    });
    const steward = await personWithRole(test.deps, 'citizen');
    const { trail } = await trailFixture(test.deps, steward.user.id, { publish: false });
    const publish = () => call(test, `/api/trails/${trail.id}/publish`, 'POST', steward.cookie);
    return { test, steward, trail, publish };
  };

  it('off by default: a steward without any training publishes', async () => {
    const { test, trail, publish } = await setUp();
    expect((await publish()).status).toBe(200);
    expect((await getTrail(test.deps, trail.id))?.status).toBe('published');
  });

  it('on: refused with a 403 naming the module until the steward is certified, then published', async () => {
    const { test, steward, trail, publish } = await setUp(ONLINE);
    const refused = await publish();
    expect(refused.status).toBe(403);
    const problem = await problemOf(refused);
    expect(problem.detail).toContain('Online quiz');
    expect(problem).toMatchObject({ requiredTraining: { moduleId: ONLINE, status: { state: 'not-started' } } });
    expect((await getTrail(test.deps, trail.id))?.status).toBe('draft');

    await passQuiz(test, steward.cookie, ONLINE);
    expect((await publish()).status).toBe(200);
    expect((await getTrail(test.deps, trail.id))?.status).toBe('published');
  });

  it('on: a revoked certification is refused with its state', async () => {
    const { test, steward, trail, publish } = await setUp(ONLINE);
    await certify(test.deps, steward.user.id, ONLINE, test.clock.now(), {
      revoked: true,
      revokedReason: 'Consentement non recueilli',
      revokedAt: test.clock.now().toISOString(),
    });
    const refused = await publish();
    expect(refused.status).toBe(403);
    expect(await problemOf(refused)).toMatchObject({
      requiredTraining: { status: { state: 'revoked', reason: 'Consentement non recueilli' } },
    });
    expect((await getTrail(test.deps, trail.id))?.status).toBe('draft');
  });
});
