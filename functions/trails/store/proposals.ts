import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { queryAll } from '../../platform/query-all.ts';
import { type TransactItem, transact } from '../../platform/transact.ts';
import type { ProposalRecord, StopMediaRecord, StopRecord } from '../schema.ts';
import { proposalItem } from './items.ts';
import { trailKeys, trailSortKeys } from './keys.ts';
import { appendStop, joinStop } from './stops.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

export const getProposal = async ({ db, tableName }: Db, trailId: string, proposalId: string) =>
  (
    await db.send(
      new GetCommand({ TableName: tableName, Key: trailKeys.proposal(trailId, proposalId), ...CONSISTENT_READ }),
    )
  ).Item as ProposalRecord | undefined;

/** The contributions waiting for review on a trail (in key order). */
export const listProposals = (deps: Db, trailId: string) =>
  queryAll<ProposalRecord>(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': trailKeys.collection(trailId), ':prefix': trailSortKeys.proposals },
    ...CONSISTENT_READ,
  });

export const saveProposal = async ({ db, tableName }: Db, proposal: ProposalRecord) => {
  await db.send(new PutCommand({ TableName: tableName, Item: proposalItem(proposal) }));
};

/** The proposal leaves the queue, only if it is still there: of two reviews, one settles it. */
const settle = (tableName: string, proposal: Pick<ProposalRecord, 'trailId' | 'id'>): TransactItem => ({
  Delete: {
    TableName: tableName,
    Key: trailKeys.proposal(proposal.trailId, proposal.id),
    ConditionExpression: 'attribute_exists(pk)',
  },
});

/** A proposed stop joins the trail at its end; false when the proposal was reviewed meanwhile. */
export const acceptStopProposal = (
  deps: Db,
  proposal: ProposalRecord,
  stop: StopRecord,
  media: readonly StopMediaRecord[],
) => transact(deps, [settle(deps.tableName, proposal), ...appendStop(deps.tableName, stop, media)]);

/** Proposed media join their stop; false when reviewed meanwhile or already there. */
export const acceptMediaProposal = (
  deps: Db,
  proposal: ProposalRecord,
  uses: readonly StopMediaRecord[],
  now: string,
) => transact(deps, [settle(deps.tableName, proposal), ...joinStop(deps.tableName, proposal.trailId, uses, now)]);

/** A proposal goes without joining the trail (declined, or its proposer erased their account). */
export const dropProposal = async (deps: Db, proposal: Pick<ProposalRecord, 'trailId' | 'id'>) => {
  await transact(deps, [
    { Delete: { TableName: deps.tableName, Key: trailKeys.proposal(proposal.trailId, proposal.id) } },
  ]);
};
