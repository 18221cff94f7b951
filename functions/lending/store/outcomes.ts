import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import { lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * The month's open figures of lending, as counters (no person named). Those a transaction writes
 * (a loan, a first-time borrower served, a waiting-list join, an offer, a claim) are added in
 * that same transaction, to one of a few shards picked at random, so that reservations of
 * different units rarely meet on one counter item. Attempts (refused ones too, which write
 * nothing else) are counted as they are made, on their own shards (a plain write on an item a
 * transaction is writing would make that transaction collide). Reading the month is one Query.
 */

export const OUTCOME_FIGURES = [
  'attempts',
  'refused',
  'loans',
  'firstTimeServed',
  'waitlistJoins',
  'offers',
  'claims',
] as const;
export type OutcomeFigure = (typeof OUTCOME_FIGURES)[number];

const SHARDS = 10;
const shard = () => Math.floor(Math.random() * SHARDS);

/** Transaction item: figures added to the month's counters. */
export const addOutcomesItem = (
  deps: Table,
  month: string,
  figures: Partial<Record<OutcomeFigure, number>>,
): TransactItem => {
  const entries = Object.entries(figures).filter(([, n]) => (n ?? 0) !== 0);
  return {
    Update: {
      TableName: deps.tableName,
      Key: { pk: lendingKeys.outcomes(month), sk: `SHARD#${shard()}` },
      UpdateExpression: `ADD ${entries.map((_, i) => `#f${i} :v${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, n], i) => [`:v${i}`, n])),
    },
  };
};

/** A reservation attempt counted (and whether it was refused), as it is answered: no transaction to join. */
export const countAttempt = async (deps: Db, month: string, refused: boolean) => {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: { pk: lendingKeys.outcomes(month), sk: `REQUESTS#${shard()}` },
      UpdateExpression: 'ADD attempts :one, refused :refused',
      ExpressionAttributeValues: { ':one': 1, ':refused': refused ? 1 : 0 },
    }),
  );
};

/** The units lendable in the month (the daily task's count, the latest of the month). */
export const recordUnits = async (deps: Db, month: string, units: number, at: string) => {
  await deps.db.send(
    new PutCommand({ TableName: deps.tableName, Item: { pk: lendingKeys.outcomes(month), sk: 'UNITS', units, at } }),
  );
};

/** The month's figures: one Query of its partition, the shards summed. */
export const readOutcomes = async (
  deps: Db,
  month: string,
): Promise<Record<OutcomeFigure, number> & { units: number | null }> => {
  const items = await queryAll<Record<string, unknown>>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': lendingKeys.outcomes(month) },
    ...CONSISTENT_READ,
  });
  const sums = Object.fromEntries(OUTCOME_FIGURES.map((figure) => [figure, 0])) as Record<OutcomeFigure, number>;
  let units: number | null = null;
  for (const item of items) {
    if (item.sk === 'UNITS') units = Number(item.units ?? 0);
    else for (const figure of OUTCOME_FIGURES) sums[figure] += Number(item[figure] ?? 0);
  }
  return { ...sums, units };
};
