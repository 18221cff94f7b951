import { CfnOutput, Fn, type Stack } from 'aws-cdk-lib';

/**
 * The contract between the two stacks: what AppStack may use from DataStack, as named
 * CloudFormation exports (`<data stack name>:<name>`).
 *
 * Named exports rather than CDK's automatic cross-stack references because:
 * - the contract does not change when DataStack's construct tree does (automatic export names
 *   hash construct paths, and an export in use cannot be renamed or deleted);
 * - AppStack's IAM policies then read `Communs-Data:MediaBucketArn/media/*`, which is what the
 *   cdk-nag acknowledgments next to them are computed from.
 */
export const DATA_EXPORT_NAMES = [
  'TableName',
  'TableArn',
  'MediaBucketName',
  'MediaBucketArn',
  'SiteBucketName',
  'SiteBucketArn',
  'LogBucketName',
  'LogBucketArn',
  'CredentialKeyArn',
] as const;

export type DataExportName = (typeof DATA_EXPORT_NAMES)[number];
export type DataExports = Readonly<Record<DataExportName, string>>;

const exportName = (dataStackName: string, name: DataExportName) => `${dataStackName}:${name}`;

/** Declares every export of DataStack (each one is also a stack output, visible in the console). */
export const exportDataValues = (
  stack: Stack,
  values: DataExports,
  descriptions: Partial<Record<DataExportName, string>>,
) => {
  for (const name of DATA_EXPORT_NAMES) {
    new CfnOutput(stack, name, {
      value: values[name],
      exportName: exportName(stack.stackName, name),
      description: descriptions[name],
    });
  }
};

/** The values of DataStack's exports, as `Fn::ImportValue` tokens usable in another stack. */
export const importDataValues = (dataStackName: string): DataExports =>
  Object.fromEntries(
    DATA_EXPORT_NAMES.map((name) => [name, Fn.importValue(exportName(dataStackName, name))]),
  ) as Record<DataExportName, string>;
