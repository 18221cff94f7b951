import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, makeTestApp, manualClock } from '../support.ts';
import { call, holderPath, invalidatedSince, ONLINE, passQuiz } from './support.ts';

/** Every item of a person's training collection, as stored. */
const traineeItems = async (deps: AppDeps, userId: string) =>
  (
    await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `TRAINEE#${userId}` },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

/** A citizen certified in the online module, whose certifications show on their public page. */
const setUp = async () => {
  const test = await makeTestApp({ clock: manualClock(new Date('2026-11-24T09:00:00Z')) });
  const citizen = await personWithRole(test.deps, 'citizen');
  expect((await passQuiz(test, citizen.cookie, ONLINE)).certification).toBeDefined();
  const shown = await call(test, '/api/me/training/visibility', 'PUT', citizen.cookie, { showOnProfile: true });
  expect(shown.status).toBe(200);
  return { test, citizen };
};

describe("training's part of a person's data", () => {
  it('is exported whole: certifications, audit, attempts, progress, teaches and their settings', async () => {
    const { test, citizen } = await setUp();
    const exportOf = async () => {
      const response = await test.app.request('/api/me/export', { headers: { cookie: citizen.cookie } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { training: Record<string, unknown> }).training;
    };
    const training = await exportOf();
    expect(training).toMatchObject({
      certifications: [expect.objectContaining({ moduleId: ONLINE, how: 'quiz' })],
      audit: [expect.objectContaining({ act: 'earned' })],
      attempts: [expect.objectContaining({ passed: true })],
      progress: [],
      teaches: [],
      settings: { showOnProfile: true, updatedAt: '2026-11-24T09:00:00.000Z' },
    });
    expect(JSON.stringify(training)).not.toMatch(/"(pk|sk)"/);

    await call(test, '/api/me/training/visibility', 'PUT', citizen.cookie, { showOnProfile: false });
    expect((await exportOf()).settings).toEqual({ showOnProfile: false, updatedAt: '2026-11-24T09:00:00.000Z' });
    const other = await personWithRole(test.deps, 'citizen');
    const untouched = await test.app.request('/api/me/export', { headers: { cookie: other.cookie } });
    expect(((await untouched.json()) as { training: { settings: unknown } }).training.settings).toBeNull();
  });

  it('is erased with the account, and their public list of certifications is dropped from the edge', async () => {
    const { test, citizen } = await setUp();
    expect((await traineeItems(test.deps, citizen.user.id)).length).toBeGreaterThan(0);
    const seen = test.edgeCache.invalidations.length;

    const erased = await test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(citizen.cookie),
      body: JSON.stringify({ confirmEmail: citizen.user.email, contributions: 'keep-credited' }),
    });
    expect(erased.status).toBe(202);
    await test.work.idle();

    expect(await traineeItems(test.deps, citizen.user.id)).toEqual([]);
    expect(invalidatedSince(test, seen)).toContain(holderPath(citizen.user.id));
    expect((await call(test, holderPath(citizen.user.id))).status).toBe(404);
  });
});
