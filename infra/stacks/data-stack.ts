import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Bucket, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE } from '../../functions/platform/table-shape.ts';
import { acknowledge } from '../constructs/acknowledge.ts';
import { MEDIA_KEYS } from '../constructs/media-keys.ts';
import { allowCloudFrontToRead, PRIVATE_BUCKET_DEFAULTS } from '../constructs/private-bucket.ts';
import { exportDataValues } from './data-exports.ts';
import type { DeploymentSettings } from './settings.ts';

/** Access logs hold IP addresses: kept six months, then deleted (CNIL guidance for access logs). */
const ACCESS_LOG_RETENTION = Duration.days(180);
/**
 * A replaced or deleted media file (erasure included, `withheld/` copies too) can be restored for a
 * month, then is gone: the privacy notice says so (profile.delete.backups, media.mine.delete.text).
 */
const NONCURRENT_MEDIA_RETENTION = Duration.days(30);
/** The table's point-in-time backups hold erased records this long; the privacy notice says so too. */
const TABLE_BACKUP_DAYS = 35;
/** Unprocessed uploads are either published or rejected within minutes; two days is a safety net. */
const UPLOAD_RETENTION = Duration.days(2);

export interface DataStackProps extends StackProps {
  readonly settings: DeploymentSettings;
}

/**
 * Everything stateful: the table, the media bucket, the site bucket, the access-log bucket and
 * the key that signs the portal's credentials.
 * Retained on stack deletion; deployed rarely. AppStack uses them through named exports only
 * (see data-exports.ts), never through CDK's automatic cross-stack references.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly mediaBucket: Bucket;
  readonly siteBucket: Bucket;
  readonly logBucket: Bucket;
  readonly credentialKey: Key;

  constructor(scope: Construct, id: string, { settings, ...props }: DataStackProps) {
    super(scope, id, { description: 'Communs: table and buckets (stateful, retained)', ...props });

    this.logBucket = new Bucket(this, 'AccessLogs', {
      ...PRIVATE_BUCKET_DEFAULTS,
      // CloudFront standard logs are delivered with an ACL grant, so ACLs must stay enabled here.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: ACCESS_LOG_RETENTION }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.logBucket,
      'AwsSolutions-S1',
      'This is the access-log bucket: the other buckets and CloudFront log into it. Logging it into itself would log its own log deliveries forever.',
    );

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: TABLE_BACKUP_DAYS },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    this.mediaBucket = new Bucket(this, 'MediaBucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      versioned: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'media-bucket/',
      // Browsers upload straight to S3 (presigned POST, multipart PUT) and read the part ETags.
      cors: [
        {
          allowedOrigins: [settings.publicUrl],
          allowedMethods: [HttpMethods.PUT, HttpMethods.POST, HttpMethods.GET, HttpMethods.HEAD],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag', 'Location'],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
        {
          id: 'expire-unprocessed-uploads',
          prefix: MEDIA_KEYS.uploads,
          expiration: UPLOAD_RETENTION,
          // A rejected upload must not linger as an old version either.
          noncurrentVersionExpiration: Duration.days(1),
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: NONCURRENT_MEDIA_RETENTION,
          expiredObjectDeleteMarker: true,
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    allowCloudFrontToRead(this.mediaBucket, `${MEDIA_KEYS.published}*`);

    this.siteBucket = new Bucket(this, 'SiteBucket', {
      ...PRIVATE_BUCKET_DEFAULTS,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    allowCloudFrontToRead(this.siteBucket, '*');

    // Open Badges the portal issued stay verifiable only while this key exists: retained, and
    // never rotated (KMS cannot rotate asymmetric keys; a new key would be a new published JWK).
    this.credentialKey = new Key(this, 'CredentialKey', {
      description: 'Signs the Open Badges credentials of training certifications (ES256)',
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    exportDataValues(
      this,
      {
        TableName: this.table.tableName,
        TableArn: this.table.tableArn,
        MediaBucketName: this.mediaBucket.bucketName,
        MediaBucketArn: this.mediaBucket.bucketArn,
        SiteBucketName: this.siteBucket.bucketName,
        SiteBucketArn: this.siteBucket.bucketArn,
        LogBucketName: this.logBucket.bucketName,
        LogBucketArn: this.logBucket.bucketArn,
        CredentialKeyArn: this.credentialKey.keyArn,
      },
      {
        TableName: 'The DynamoDB table (TABLE_NAME)',
        MediaBucketName: 'The media bucket (MEDIA_BUCKET): uploads/ and media/',
        SiteBucketName: 'The bucket the built site is deployed to',
        LogBucketName: 'S3 server access logs and CloudFront standard logs',
        CredentialKeyArn: 'The KMS key that signs training credentials (CREDENTIAL_KEY_ID of the API)',
      },
    );
  }
}
