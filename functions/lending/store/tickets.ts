import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { type Keyed, withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { MaintenanceTicketRecord, TicketStatus } from '../records.ts';
import { lendingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;
type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** A ticket as stored: its item, listed on its point's tickets by status (byKind). */
const ticketItem = (ticket: MaintenanceTicketRecord) => ({
  ...lendingKeys.ticket(ticket.id),
  ...lendingKeys.ticketListed(ticket.pointId, ticket.status, ticket.openedAt, ticket.id),
  ...ticket,
});

/** Transaction item: a new ticket. */
export const createTicketItem = (deps: Table, ticket: MaintenanceTicketRecord): TransactItem => ({
  Put: { TableName: deps.tableName, Item: ticketItem(ticket), ConditionExpression: 'attribute_not_exists(pk)' },
});

/**
 * Transaction item: a ticket in its new state, only while it is still in `expectedStatus` and
 * unchanged since `expectedUpdatedAt` (two staff moving one ticket at once: one lands).
 */
export const replaceTicketItem = (
  deps: Table,
  ticket: MaintenanceTicketRecord,
  expected: { status: TicketStatus; updatedAt: string },
): TransactItem => ({
  Put: {
    TableName: deps.tableName,
    Item: ticketItem(ticket),
    ConditionExpression: '#status = :status AND updatedAt = :updatedAt',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': expected.status, ':updatedAt': expected.updatedAt },
  },
});

export const getTicket = async (deps: Db, ticketId: string): Promise<MaintenanceTicketRecord | undefined> => {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: lendingKeys.ticket(ticketId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as Keyed<MaintenanceTicketRecord>) : undefined;
};

/** A point's tickets in one status (open and in repair are what the desk shows): one Query of byKind. */
export const listTickets = async (
  deps: Db,
  pointId: string,
  status: TicketStatus,
): Promise<MaintenanceTicketRecord[]> => {
  const items = await queryAll<Keyed<MaintenanceTicketRecord>>(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :tickets AND begins_with(kindSk, :status)',
    ExpressionAttributeValues: { ':tickets': lendingKeys.tickets(pointId), ':status': `${status}#` },
  });
  return items.map(withoutKeys);
};
