import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../../platform/deps.ts';
import { withoutKeys } from '../../platform/item-keys.ts';
import type { CertificationRecord } from '../certification-rules.ts';
import { traineeSortKeys, trainingKeys } from './keys.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/** A person's choices about their training, one item in their training collection. */
export interface TraineeSettings {
  userId: string;
  /** Their valid certifications show on their public contributor page (off until they say so). */
  showOnProfile: boolean;
  updatedAt: string;
}

export const putTraineeSettings = async ({ db, tableName }: Db, settings: TraineeSettings): Promise<void> => {
  await db.send(
    new PutCommand({ TableName: tableName, Item: { ...trainingKeys.settings(settings.userId), ...settings } }),
  );
};

/** Whether the person shows their certifications (a verification names them only then). */
export const getTraineeSettings = async (
  { db, tableName }: Db,
  userId: string,
): Promise<TraineeSettings | undefined> => {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: trainingKeys.settings(userId) }));
  return Item ? withoutKeys(Item as TraineeSettings) : undefined;
};

/**
 * A person's certifications and settings in one Query: the sort keys `CERT#…` to `SETTINGS` span
 * only certifications, progress items (one per module, dropped by the filter) and the settings,
 * never the attempts or the audit trail.
 */
export const getCertificationsAndSettings = async (
  { db, tableName }: Db,
  userId: string,
): Promise<{ certifications: CertificationRecord[]; settings?: TraineeSettings }> => {
  const certifications: CertificationRecord[] = [];
  let settings: TraineeSettings | undefined;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :settings',
        FilterExpression: 'begins_with(sk, :certifications) OR sk = :settings',
        ExpressionAttributeValues: {
          ':pk': trainingKeys.trainee(userId),
          ':first': traineeSortKeys.certifications,
          ':certifications': traineeSortKeys.certifications,
          ':settings': traineeSortKeys.settings,
        },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      if (item.sk === traineeSortKeys.settings) settings = withoutKeys(item as TraineeSettings);
      else certifications.push(withoutKeys(item as CertificationRecord));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { certifications, settings };
};
