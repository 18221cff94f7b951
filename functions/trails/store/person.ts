import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import { transact } from '../../platform/transact.ts';
import type { ProposalRecord, StopMediaRecord, StopRecord } from '../schema.ts';
import { unownedStopItem, unownedStopMediaItem } from './items.ts';
import { type PersonalPart, personalPrefix, personOwner } from './keys.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

// What a person gave to trails (byOwner), for My data: records without their keys.

const listOfPerson = async <T extends object>(deps: Db, userId: string, what: PersonalPart) =>
  (
    await queryAll<T>(deps, {
      TableName: deps.tableName,
      IndexName: 'byOwner',
      KeyConditionExpression: 'ownerPk = :owner AND begins_with(ownerSk, :prefix)',
      ExpressionAttributeValues: { ':owner': personOwner(userId), ':prefix': personalPrefix(what) },
    })
  ).map((item) => withoutKeys(item));

export const listStopsOf = (deps: Db, userId: string) => listOfPerson<StopRecord>(deps, userId, 'STOP');
export const listMediaPlacedBy = (deps: Db, userId: string) => listOfPerson<StopMediaRecord>(deps, userId, 'MEDIA');
export const listProposalsOf = (deps: Db, userId: string) => listOfPerson<ProposalRecord>(deps, userId, 'PROPOSAL');

/**
 * The stop stays on its trail, no longer linked to its erased contributor (credited or anonymous,
 * as the record says).
 */
export const saveStopOfErasedPerson = async (deps: Db, stop: StopRecord) => {
  await transact(deps, [{ Put: { TableName: deps.tableName, Item: unownedStopItem(stop) } }]);
};

/** The medium stays at its stop (it follows the medium's own erasure), no longer linked to who placed it. */
export const saveMediaOfErasedPerson = async (deps: Db, use: StopMediaRecord) => {
  await transact(deps, [{ Put: { TableName: deps.tableName, Item: unownedStopMediaItem(use) } }]);
};
