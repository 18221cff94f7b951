import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import { queryAll } from '../../platform/query-all.ts';
import type { TransactItem } from '../../platform/transact.ts';
import type { CertificationRecord } from '../certification-rules.ts';
import { traineeSortKeys, trainingKeys } from './keys.ts';

type Table = Pick<AppDeps, 'tableName'>;

/** What was done to a person's certification, by whom and why: the person reads their own trail. */
export interface AuditEntry {
  userId: string;
  moduleId: string;
  id: string;
  at: string;
  act: 'earned' | 'granted' | 'revoked';
  how?: CertificationRecord['how'];
  /** Who acted: the instructor, or the person themselves for a passed quiz. */
  by: string;
  reason?: string;
}

/** The stored certification: in its holder's collection, and listed under its module for the instructors. */
const certificationItem = (record: CertificationRecord) => ({
  ...trainingKeys.certification(record.userId, record.moduleId),
  ...trainingKeys.holder(record.moduleId, record.userId),
  ...record,
});

const auditItem = ({ tableName }: Table, entry: AuditEntry): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...trainingKeys.auditEntry(entry.userId, entry.moduleId, entry.at, entry.id), ...entry },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/**
 * Transaction items: a certification earned (quiz, workshop) or granted, with its audit entry.
 * It replaces any earlier one for the module (a renewal, a new grant after a revocation): the
 * earlier acts stay in the audit trail.
 */
export const certifyItems = (deps: Table, record: CertificationRecord, entry: AuditEntry): TransactItem[] => [
  { Put: { TableName: deps.tableName, Item: certificationItem(record) } },
  auditItem(deps, entry),
];

/**
 * Transaction items: a certification revoked, if it exists and is not revoked already (two
 * instructors revoking at once make one revocation and one audit entry), with its audit entry.
 */
export const revokeItems = (deps: Table, entry: AuditEntry & { reason: string }): TransactItem[] => [
  {
    Update: {
      TableName: deps.tableName,
      Key: trainingKeys.certification(entry.userId, entry.moduleId),
      UpdateExpression: 'SET revoked = :true, revokedReason = :reason, revokedBy = :by, revokedAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND revoked = :false',
      ExpressionAttributeValues: {
        ':true': true,
        ':false': false,
        ':reason': entry.reason,
        ':by': entry.by,
        ':at': entry.at,
      },
    },
  },
  auditItem(deps, entry),
];

/** Transaction item: the acting person is (still) an instructor of the module. */
export const instructorCheckItem = (deps: Table, moduleId: string, userId: string): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: trainingKeys.instructor(moduleId, userId),
    ConditionExpression: 'attribute_exists(pk)',
  },
});

/**
 * Transaction item: the person holds a certification of the module that counts at `now`: it
 * exists, is not revoked, has not expired, and was earned on a major version the module still
 * accepts. Put inside a booking's transaction, a revocation cannot race the booking: whichever
 * commits second sees the other.
 */
export const certificationCheckItem = (
  deps: Table,
  options: { userId: string; moduleId: string; acceptsFromMajor: number; now: Date },
): TransactItem => ({
  ConditionCheck: {
    TableName: deps.tableName,
    Key: trainingKeys.certification(options.userId, options.moduleId),
    ConditionExpression: 'attribute_exists(pk) AND revoked = :false AND validUntil > :now AND moduleMajor >= :major',
    ExpressionAttributeValues: {
      ':false': false,
      ':now': options.now.toISOString(),
      ':major': options.acceptsFromMajor,
    },
  },
});

/** One person's certification for one module, as stored (strongly consistent: it decides). */
export const getCertification = async (
  { db, tableName }: Pick<AppDeps, 'db' | 'tableName'>,
  userId: string,
  moduleId: string,
): Promise<CertificationRecord | undefined> => {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: trainingKeys.certification(userId, moduleId), ...CONSISTENT_READ }),
  );
  return Item ? withoutKeys(Item as CertificationRecord) : undefined;
};

/**
 * Whether the person's certification of the module was revoked at `from` or later and before
 * `to`. A certification earned again replaces the record, revocation and all; its audit trail
 * keeps what the record forgot (the verification of a credential of the earlier issuance asks).
 */
export const revokedBetween = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  options: { userId: string; moduleId: string; from: string; to: string },
): Promise<boolean> => {
  const revocations = await queryAll<AuditEntry>(deps, {
    TableName: deps.tableName,
    // Entries sort by time: `AUDIT#<to>` sorts before every entry written at `to`, so `to` is left out.
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    FilterExpression: 'moduleId = :module AND act = :revoked',
    ExpressionAttributeValues: {
      ':pk': trainingKeys.trainee(options.userId),
      ':from': traineeSortKeys.auditFrom(options.from),
      ':to': traineeSortKeys.auditFrom(options.to),
      ':module': options.moduleId,
      ':revoked': 'revoked',
    },
    ProjectionExpression: 'act',
    ...CONSISTENT_READ,
  });
  return revocations.length > 0;
};

/** Everyone who holds (or held: revoked, expired) a module's certification (byKind; may lag a moment). */
export const listCertificationsOfModule = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  moduleId: string,
): Promise<CertificationRecord[]> => {
  const { kindPk } = trainingKeys.holder(moduleId, '');
  const items = await queryAll<CertificationRecord>(deps, {
    TableName: deps.tableName,
    IndexName: 'byKind',
    KeyConditionExpression: 'kindPk = :kind',
    ExpressionAttributeValues: { ':kind': kindPk },
  });
  return items.map((item) => withoutKeys(item));
};
