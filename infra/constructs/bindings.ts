import { Arn, Stack } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { ArnPrincipal, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { addressOfMailbox } from '../../functions/platform/mail-address.ts';
import { TABLE } from '../../functions/platform/table-shape.ts';
import { acknowledgeWildcards } from './acknowledge.ts';
import type { CommunsFunction } from './communs-function.ts';
import { MEDIA_KEYS } from './media-keys.ts';

// Each helper grants AND sets the environment variable the code reads, so a function can never
// know a resource's name without being allowed to use it (or the reverse).

/** Item reads and writes on the table and queries on its indexes. */
const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  // Transactions are authorised per item action; this one lets a transaction check an item it does not write.
  'dynamodb:ConditionCheckItem',
];

/** The table as a function sees it (an ITable fits, so do DataStack's exported values). */
export interface TableRef {
  readonly tableName: string;
  readonly tableArn: string;
}

export interface BindTableOptions {
  /**
   * Allow `Scan`. Request paths never scan (see ARCHITECTURE.md), so only background jobs may ask
   * for it; the API is denied it by IAM, not only by convention.
   */
  readonly allowScan?: boolean;
}

/** Grants item access to the table and its indexes (each named, no wildcard) and sets TABLE_NAME. */
export const bindTable = (fn: CommunsFunction, table: TableRef, options: BindTableOptions = {}): void => {
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [...TABLE_ACTIONS, ...(options.allowScan ? ['dynamodb:Scan'] : [])],
      resources: [table.tableArn, ...TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`)],
    }),
  );
  fn.function.addEnvironment('TABLE_NAME', table.tableName);
};

/**
 * Grants object access under the media prefixes (presigning uploads, publishing, withholding,
 * deleting) and sets MEDIA_BUCKET. Nothing outside `uploads/`, `media/` and `withheld/`.
 */
export const bindMediaBucket = (fn: CommunsFunction, bucket: IBucket): void => {
  const objects = new PolicyStatement({
    actions: [
      's3:GetObject',
      's3:PutObject',
      's3:DeleteObject',
      's3:AbortMultipartUpload',
      's3:ListMultipartUploadParts',
    ],
    resources: [
      bucket.arnForObjects(`${MEDIA_KEYS.uploads}*`),
      bucket.arnForObjects(`${MEDIA_KEYS.published}*`),
      bucket.arnForObjects(`${MEDIA_KEYS.withheld}*`),
    ],
  });
  fn.role.addToPrincipalPolicy(objects);
  acknowledgeWildcards(
    fn,
    objects,
    'Object keys are chosen at run time (one per upload), so object ARNs end in a wildcard; it is limited to the uploads/, media/ and withheld/ prefixes of the one media bucket.',
  );
  // HeadBucket (health check) needs ListBucket; it also makes a missing key a 404 instead of a 403.
  fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  fn.function.addEnvironment('MEDIA_BUCKET', bucket.bucketName);
};

export interface MailSender {
  /** The From header, e.g. `Communs <no-reply@example.org>`. */
  readonly mailFrom: string;
  /** The configuration set every message goes through (bounces, complaints, reputation). */
  readonly configurationSetName: string;
}

/**
 * Grants sending from the one sender address through the configuration set, and sets MAIL_FROM and
 * MAIL_CONFIGURATION_SET. SES checks the permission on every identity a message involves: in the
 * sandbox, the recipients too (addresses verified for testing), so the grant names every identity
 * of the account and region, and the condition keeps it to the configured sender address.
 */
export const bindMail = (fn: CommunsFunction, sender: MailSender): void => {
  const stack = Stack.of(fn);
  const send = new PolicyStatement({
    actions: ['ses:SendEmail'],
    resources: [
      Arn.format({ service: 'ses', resource: 'identity', resourceName: '*' }, stack),
      Arn.format({ service: 'ses', resource: 'configuration-set', resourceName: sender.configurationSetName }, stack),
    ],
    conditions: { StringEquals: { 'ses:FromAddress': addressOfMailbox(sender.mailFrom) } },
  });
  fn.role.addToPrincipalPolicy(send);
  acknowledgeWildcards(
    fn,
    send,
    'In the SES sandbox, sending needs permission on each recipient identity (the addresses verified for testing), which are not known at deploy time; the ses:FromAddress condition keeps the grant to the one configured sender address.',
  );
  fn.function.addEnvironment('MAIL_FROM', sender.mailFrom);
  fn.function.addEnvironment('MAIL_CONFIGURATION_SET', sender.configurationSetName);
};

/** Where the functions find the distribution's id (see bindEdgeInvalidation). */
export interface EdgeDistributionRef {
  /** The portal's distribution, in the same stack as the functions. */
  readonly distribution: IDistribution;
  /** The SSM parameter holding its id: a name known before the distribution exists. */
  readonly parameterName: string;
}

/**
 * Lets a function drop public answers from the edge after a change: `cloudfront:CreateInvalidation`
 * on the one distribution, reading its id from the SSM parameter, and sets
 * EDGE_DISTRIBUTION_PARAMETER. The distribution fronts the API's function URL, so it is created
 * after the function: the function cannot be given its id (a cycle). Instead the environment holds
 * the parameter's *name* (a plain string), and both grants sit in a policy of their own, which the
 * function does not wait for (its default policy it does), so the distribution can be named in it.
 */
export const bindEdgeInvalidation = (fn: CommunsFunction, edge: EdgeDistributionRef): void => {
  const stack = Stack.of(fn);
  new Policy(fn, 'EdgeInvalidation', {
    roles: [fn.role],
    statements: [
      new PolicyStatement({
        actions: ['cloudfront:CreateInvalidation'],
        resources: [
          stack.formatArn({
            service: 'cloudfront',
            region: '',
            resource: 'distribution',
            resourceName: edge.distribution.distributionId,
          }),
        ],
      }),
      new PolicyStatement({
        actions: ['ssm:GetParameter'],
        resources: [
          stack.formatArn({
            service: 'ssm',
            resource: 'parameter',
            // formatArn adds the separator: the name's leading slash is not repeated.
            resourceName: edge.parameterName.replace(/^\//, ''),
          }),
        ],
      }),
    ],
  });
  fn.function.addEnvironment('EDGE_DISTRIBUTION_PARAMETER', edge.parameterName);
};

/**
 * Lets `fn` start the work function (an asynchronous invocation of that one function, no
 * version or alias wildcard) and sets WORK_FUNCTION_NAME.
 */
export const bindWorkFunction = (fn: CommunsFunction, work: CommunsFunction): void => {
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [work.function.functionArn] }),
  );
  fn.function.addEnvironment('WORK_FUNCTION_NAME', work.function.functionName);
};

/**
 * Lets the work function start itself again when its time runs out with work left. A policy on
 * its role naming its own ARN would be a dependency cycle (the function waits for its role's
 * policy), so the grant is on the function's side: its resource policy names its role.
 * Its name comes from Lambda's AWS_LAMBDA_FUNCTION_NAME (functions/jobs/work.ts).
 */
export const letContinueItself = (work: CommunsFunction): void => {
  work.function.addPermission('ContinuesItself', {
    principal: new ArnPrincipal(work.role.roleArn),
    action: 'lambda:InvokeFunction',
  });
};

/**
 * Lets `fn` sign with the credential key and read its public half (`kms:Sign`,
 * `kms:GetPublicKey` on that one key, nothing else: verifying is done with the public key, in
 * the function) and sets CREDENTIAL_KEY_ID.
 */
export const bindCredentialKey = (fn: CommunsFunction, keyArn: string): void => {
  fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Sign', 'kms:GetPublicKey'], resources: [keyArn] }));
  fn.function.addEnvironment('CREDENTIAL_KEY_ID', keyArn);
};
