import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { provisionUser } from '../../../functions/accounts/provision-user.ts';
import { startSession } from '../../../functions/accounts/sessions.ts';
import { updateUser } from '../../../functions/accounts/store.ts';
import { lendingKeys } from '../../../functions/lending/store/keys.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { viewerFor } from '../projects-support.ts';
import { browserHeaders, uniqueEmail } from '../support.ts';

type TestApp = { app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> } };

export const call = (test: TestApp, path: string, method = 'GET', cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

const short = () => crypto.randomUUID().slice(0, 8);

/** A person with a session who staffs `pointIds` (or an admin, or a citizen). */
export const personAt = async (deps: AppDeps, role: 'citizen' | 'staff' | 'admin', pointIds: string[] = []) => {
  const { user } = await provisionUser(deps, { email: uniqueEmail(role) });
  if (role !== 'citizen')
    await updateUser(deps, user.id, { admin: role === 'admin', staffOf: role === 'staff' ? pointIds : [] });
  const sessionId = await startSession(deps, { userId: user.id });
  return { user, cookie: `communs_session=${sessionId}`, viewer: async () => viewerFor(deps, user.id) };
};

export const modelBody = (pointIds: string[], overrides: Record<string, unknown> = {}) => ({
  id: `kit-${short()}`,
  category: 'listening-player',
  name: 'Baladeur de test',
  description: { fr: 'Un **baladeur**.', en: 'A **player**.' },
  parts: [{ name: { fr: 'Casque', en: 'Headphones' }, quantity: 1 }],
  maxLoanDays: 3,
  leadDays: 0,
  pointIds,
  ...overrides,
});

/** The stored items of a model's collection: the model and its units. */
export const storedModelCollection = async (deps: AppDeps, modelId: string) => {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': lendingKeys.modelCollection(modelId) },
      ConsistentRead: true,
    }),
  );
  return (Items ?? []) as Record<string, unknown>[];
};

/** The stored occupancy item of a unit and day, as written (with its keys and TTL). */
export const storedOccupancy = async (deps: AppDeps, unitId: string, day: string) => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.occupancy(unitId, day), ConsistentRead: true }),
  );
  return Item;
};

export const storedAssetTag = async (deps: AppDeps, tag: string) => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.assetTag(tag), ConsistentRead: true }),
  );
  return Item;
};

/**
 * What a reservation writes for one (unit, day), as the reservations' transaction does: the
 * occupancy at the shared keys, only where no live occupancy is. Here alone in its transaction,
 * to race maintenance on the same item.
 */
export const reserveDayLikeAReservation = (
  deps: AppDeps,
  unit: { id: string; modelId: string; pointId: string },
  day: string,
  reservationId: string,
  now: Date,
) =>
  transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...lendingKeys.occupancy(unit.id, day),
          ...lendingKeys.calendarDay(unit.modelId, unit.id, day),
          unitId: unit.id,
          modelId: unit.modelId,
          pointId: unit.pointId,
          day,
          kind: 'reservation',
          reservationId,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR (kind = :hold AND holdExpiresAt <= :now)',
        ExpressionAttributeValues: { ':hold': 'hold', ':now': now.toISOString() },
      },
    },
  ]);
