import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
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
}

// A dependency that is down must turn into a 503 quickly, not after the SDK's long default
// back-off: two attempts, short connection timeout.
const resilience = { maxAttempts: 2, requestHandler: { connectionTimeout: 1500, requestTimeout: 5000 } };

export const createDocumentClient = (options: ClientOptions = {}): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: options.region,
      endpoint: options.dynamoEndpoint,
      credentials: options.credentials,
      ...resilience,
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
    ...resilience,
  });
