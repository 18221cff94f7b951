import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OccupancyRecord } from '../../../functions/lending/records.ts';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import { listUnitDays } from '../../../functions/lending/store/occupancy.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { findModule } from '../../../functions/training/catalogue.ts';
import { newCertification } from '../../../functions/training/certification-rules.ts';
import { requiredTrainingFor } from '../../../functions/training/public.ts';
import { certifyItems } from '../../../functions/training/store/certifications.ts';
import { personWithRole } from '../accounts-support.ts';
import { browserHeaders, type makeTestApp, manualClock } from '../support.ts';

/**
 * The reservation tests seed points, models and units with `fixtures.ts`, then act through the
 * reservation routes. They read the city's real
 * training modules: `audio-recorder` needs one, `listening-player` none.
 */

export type LendingTest = Awaited<ReturnType<typeof makeTestApp>>;

/** Tuesday 1 December 2026, 10:00 in Brest. */
export const lendingClock = () => manualClock(new Date('2026-12-01T09:00:00Z'));
export const TODAY = '2026-12-01';

/** A citizen with a session. */
export const citizen = (deps: AppDeps) => personWithRole(deps, 'citizen');

/** Stores the certification the category's module gives, earned at `now`. */
export const certify = async (deps: AppDeps, userId: string, category: string, now = new Date()) => {
  const module = requiredTrainingFor(category);
  if (!module) throw new Error(`${category} needs no training`);
  const record = newCertification({ userId, module: findModule(module.id) ?? module, how: 'quiz', now });
  const stored = await transact(
    deps,
    certifyItems(deps, record, {
      userId,
      moduleId: module.id,
      id: randomUUID(),
      at: now.toISOString(),
      act: 'earned',
      by: userId,
    }),
  );
  if (!stored) throw new Error('certification not stored');
  return module.id;
};

export const call = (test: LendingTest, path: string, method = 'GET', cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export const reserve = (
  test: LendingTest,
  cookie: string,
  body: { modelId: string; pointId: string; pickUp: string; returnDay: string },
) => call(test, '/api/lending/reservations', 'POST', cookie, { ...body, acceptTerms: true });

export const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

/** The unit's stored DAY# items (strongly consistent). */
export const unitDays = (deps: AppDeps, unitId: string): Promise<OccupancyRecord[]> => listUnitDays(deps, unitId);

/** The person's stored limit counters (BORROWER#), by sort key. */
export const borrowerCounters = async (deps: AppDeps, userId: string) => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': lendingKeys.borrowerCollection(userId) },
      ConsistentRead: true,
    }),
  );
  return new Map((Items ?? []).map((item) => [item.sk as string, (item.count ?? item.days) as number]));
};
