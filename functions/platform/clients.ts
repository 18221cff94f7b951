import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Where the AWS clients point. In AWS nothing is set and the SDK uses the Lambda's role and
 * region; locally and in tests the endpoints are DynamoDB Local and s3rver.
 */
export interface ClientOptions {
  region?: string;
  dynamoEndpoint?: string;
  s3Endpoint?: string;
  /** Local stand-ins accept any credentials; AWS uses the default provider chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Timeouts and attempts: an API request's (the default) or a job's. */
  budget?: ClientBudget;
}

/**
 * How long one SDK call may wait and how often it is tried. A dependency that is down or hung
 * must end in a 503 problem well before Lambda stops the API at 15 seconds (which CloudFront shows
 * as a bare 502): at most 2 attempts of 3 s each, plus a short back-off. The SDK's request timeout
 * only logs a warning unless `throwOnRequestTimeout` is set. Jobs copy large files (a 2 GB video
 * inside storage) and have minutes: their calls may take longer, still ending before the shortest
 * job's limit (2 minutes). Both timeouts run from the call's start until the answer's headers
 * arrive (a body being read is not cut); tests/infra checks them against the functions' limits.
 */
export const CLIENT_BUDGETS = {
  request: { maxAttempts: 2, connectionTimeout: 1000, requestTimeout: 3000 },
  job: { maxAttempts: 2, connectionTimeout: 3000, requestTimeout: 55_000 },
} as const;

export type ClientBudget = keyof typeof CLIENT_BUDGETS;

const resilience = (budget: ClientBudget = 'request') => {
  const { maxAttempts, connectionTimeout, requestTimeout } = CLIENT_BUDGETS[budget];
  return { maxAttempts, requestHandler: { connectionTimeout, requestTimeout, throwOnRequestTimeout: true } };
};

export const createDocumentClient = (options: ClientOptions = {}): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: options.region,
      endpoint: options.dynamoEndpoint,
      credentials: options.credentials,
      ...resilience(options.budget),
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );

export const createS3Client = (options: ClientOptions = {}): S3Client =>
  new S3Client({
    region: options.region,
    endpoint: options.s3Endpoint,
    credentials: options.credentials,
    // s3rver only understands path-style addressing.
    forcePathStyle: Boolean(options.s3Endpoint),
    ...resilience(options.budget),
  });

/** SES (AWS only: locally mail goes to the outbox), with the same budgets. */
export const createSesClient = (options: Pick<ClientOptions, 'budget'> = {}): SESv2Client =>
  new SESv2Client(resilience(options.budget));

/** Lambda (AWS only: starting the work function), with the same budgets. */
export const createLambdaClient = (options: Pick<ClientOptions, 'budget'> = {}): LambdaClient =>
  new LambdaClient(resilience(options.budget));

/** KMS (AWS only: signing credentials; locally a key file signs), with the same budgets. */
export const createKmsClient = (options: Pick<ClientOptions, 'budget'> = {}): KMSClient =>
  new KMSClient(resilience(options.budget));
