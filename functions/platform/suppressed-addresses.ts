import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './deps.ts';
import { hashToken } from './tokens.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** Why an address gets no more mail: it bounced for good, or its owner marked a mail as spam. */
export type SuppressionReason = 'bounce' | 'complaint';

export interface SuppressedAddressRecord {
  reason: SuppressionReason;
  /** When SES reported it (ISO 8601). */
  reportedAt: string;
}

/**
 * Key format of suppressed addresses: one item per address, found by its hash (an address is
 * not kept in clear for this: looking it up needs only the hash). This file is their store:
 * nothing else reads or writes `SUPPRESSED#` items.
 */
const suppressedKey = (address: string) => ({
  pk: `SUPPRESSED#${hashToken(address.trim().toLowerCase())}`,
  sk: 'MAIL',
});

/** Records that `address` must get no more mail (a later report replaces an earlier one). */
export const recordSuppressedAddress = async (
  { db, tableName }: Db,
  address: string,
  record: SuppressedAddressRecord,
) => {
  await db.send(new PutCommand({ TableName: tableName, Item: { ...suppressedKey(address), ...record } }));
};

export const isSuppressedAddress = async ({ db, tableName }: Db, address: string): Promise<boolean> =>
  Boolean((await db.send(new GetCommand({ TableName: tableName, Key: suppressedKey(address) }))).Item);
