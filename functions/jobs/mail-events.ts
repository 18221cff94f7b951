import type { EventBridgeEvent } from 'aws-lambda';
import { createDocumentClient } from '../platform/clients.ts';
import { recordBouncesAndComplaints } from '../platform/ses-events.ts';

// Only the table: this function records addresses, it sends no mail and touches no media.
const store = { db: createDocumentClient(), tableName: process.env.TABLE_NAME ?? '' };

/**
 * EventBridge entry: the bounces and complaints of the mail configuration set (see
 * infra/constructs/mail-reputation.ts). A thrown error makes Lambda retry the event.
 */
export const handler = async (event: EventBridgeEvent<string, unknown>) =>
  recordBouncesAndComplaints(store, event.detail);
