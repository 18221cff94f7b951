import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { writeIf } from '../../platform/conditional.ts';
import { transact } from '../../platform/transact.ts';
import type { ActivityRecord, InvitationRecord, JoinRequestRecord } from '../schema.ts';
import { logLine } from './activity-log.ts';
import { collectionParts, projectKeys } from './keys.ts';
import { type Db, getRecord, queryWholePart } from './reads.ts';

// Requests to join (a project on request) and invitations by e-mail: what waits for an answer.

/** Asks to join, once; false when this person already asked. */
export const addJoinRequest = ({ db, tableName }: Db, request: JoinRequestRecord) =>
  writeIf(
    db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...projectKeys.joinRequest(request.slug, request.userId),
          ...projectKeys.ofPerson(request.userId, 'REQUEST', request.slug),
          ...request,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );

export const getJoinRequest = (deps: Db, slug: string, userId: string) =>
  getRecord<JoinRequestRecord>(deps, projectKeys.joinRequest(slug, userId));

/** Pending requests of a project, in the order of their keys (as the stewards' list shows them). */
export const listJoinRequests = (deps: Db, slug: string) =>
  queryWholePart<JoinRequestRecord>(deps, slug, collectionParts.joinRequests);

/** A request withdrawn without an answer (its author's account is erased). */
export const deleteJoinRequest = async ({ db, tableName }: Db, request: JoinRequestRecord) => {
  await db.send(
    new DeleteCommand({ TableName: tableName, Key: projectKeys.joinRequest(request.slug, request.userId) }),
  );
};

/** An invitation (a new one to the same address replaces it), logged; it expires by itself. */
export const putInvitation = (deps: Db, slug: string, invitation: InvitationRecord, log: ActivityRecord) =>
  transact(deps, [
    {
      Put: {
        TableName: deps.tableName,
        Item: {
          ...projectKeys.invitation(slug, invitation.email),
          ...invitation,
          expiresAt: Math.ceil(invitation.validUntil / 1000),
        },
      },
    },
    logLine(deps.tableName, slug, log),
  ]);

export const getInvitation = (deps: Db, slug: string, email: string) =>
  getRecord<InvitationRecord>(deps, projectKeys.invitation(slug, email));
