import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '../../functions/platform/table-shape.ts';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';
import { DATA_EXPORT_NAMES } from '../../infra/stacks/data-exports.ts';
import { accountsEn } from '../../web/src/i18n/accounts/en.ts';
import { accountsFr } from '../../web/src/i18n/accounts/fr.ts';
import { mediaEn } from '../../web/src/i18n/media/en.ts';
import { mediaFr } from '../../web/src/i18n/media/fr.ts';
import { EXAMPLE_SETTINGS } from './settings-support.ts';

/** Temporary folders (cloud assemblies, site fixtures), removed after the file. */
const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
/** CloudFormation JSON, as the assertions library types it. */
type Json = ReturnType<Template['toJSON']>;

let template: Template;
let dataStackName: string;
let resources: Resources;

beforeAll(() => {
  const { app, dataStack } = buildApp({
    // The data stack has no code to bundle; skipping esbuild keeps this file fast.
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
    outdir: tempDir('communs-data'),
  });
  app.synth();
  template = Template.fromStack(dataStack);
  dataStackName = dataStack.stackName;
  resources = template.toJSON().Resources;
});

const logicalIdOf = (type: string, properties: Record<string, unknown>) => {
  const ids = Object.keys(template.findResources(type, { Properties: properties }));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};

describe('table', () => {
  it('is on demand, with point-in-time recovery, deletion protection, AWS-managed encryption and TTL', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('has exactly the keys and indexes of functions/platform/table-shape.ts, all strings, projecting everything', () => {
    const table = template.findResources('AWS::DynamoDB::Table');
    const properties = Object.values(table)[0]?.Properties;
    expect(properties.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(properties.GlobalSecondaryIndexes).toEqual(
      TABLE.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    for (const attribute of properties.AttributeDefinitions) expect(attribute.AttributeType).toBe('S');
  });
});

describe('buckets', () => {
  const buckets = () => Object.entries(resources).filter(([, resource]) => resource.Type === 'AWS::S3::Bucket');
  const policyOf = (bucketId: string) =>
    Object.values(template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bucketId } } }))[0]
      ?.Properties.PolicyDocument.Statement as Json[];

  it('are three (media, site, access logs), each private, encrypted with S3-managed keys and retained', () => {
    expect(buckets()).toHaveLength(3);
    for (const [id] of buckets()) {
      const bucket = template.toJSON().Resources[id];
      expect(bucket.DeletionPolicy).toBe('Retain');
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
    }
  });

  it('refuse every request that is not over TLS 1.2+', () => {
    for (const [id] of buckets()) {
      const statements = policyOf(id);
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      );
    }
  });

  it('media bucket: versioned, logged, and CORS for direct browser uploads from the site', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { LogFilePrefix: 'media-bucket/', DestinationBucketName: Match.anyValue() },
      CorsConfiguration: {
        CorsRules: [
          {
            AllowedOrigins: [EXAMPLE_SETTINGS.publicUrl],
            AllowedMethods: Match.arrayEquals(['PUT', 'POST', 'GET', 'HEAD']),
            AllowedHeaders: ['*'],
            ExposedHeaders: ['ETag', 'Location'],
            MaxAge: Match.anyValue(),
          },
        ],
      },
    });
  });

  it('media bucket: aborts stale multipart uploads, expires uploads/ fast and old versions later', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Status: 'Enabled' }),
          Match.objectLike({ Prefix: 'uploads/', ExpirationInDays: 2, Status: 'Enabled' }),
          Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
        ]),
      },
    });
  });

  it('says in the privacy notice, in both languages, how long safety copies keep what was erased', () => {
    // Every noncurrent version, media/ and withheld/ included (the rule has no prefix), and the table's backups.
    const bucket = Object.values(resources).find(
      (r) => r.Type === 'AWS::S3::Bucket' && r.Properties?.VersioningConfiguration,
    );
    const rules = ((bucket?.Properties?.LifecycleConfiguration ?? {}) as Json).Rules as Json[];
    const versionDays = rules.find((rule) => !rule.Prefix && rule.NoncurrentVersionExpiration)
      ?.NoncurrentVersionExpiration.NoncurrentDays;
    const table = Object.values(resources).find((r) => r.Type === 'AWS::DynamoDB::Table');
    const backupDays = ((table?.Properties?.PointInTimeRecoverySpecification ?? {}) as Json).RecoveryPeriodInDays;
    expect([versionDays, backupDays]).toEqual([30, 35]);
    expect(accountsFr['profile.delete.backups']).toContain(`${versionDays} jours`);
    expect(accountsFr['profile.delete.backups']).toContain(`${backupDays} jours`);
    expect(accountsEn['profile.delete.backups']).toContain(`${versionDays} days`);
    expect(accountsEn['profile.delete.backups']).toContain(`${backupDays} days`);
    expect(mediaFr['media.mine.delete.text']).toContain(`${versionDays} jours`);
    expect(mediaEn['media.mine.delete.text']).toContain(`${versionDays} days`);
  });

  it('media bucket: CloudFront may read media/* and nothing else, never uploads/', () => {
    const mediaId = logicalIdOf('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
    const cloudFrontStatements = policyOf(mediaId).filter((s) => s.Principal?.Service === 'cloudfront.amazonaws.com');
    expect(cloudFrontStatements).toHaveLength(1);
    const [statement] = cloudFrontStatements as [Json];
    expect(statement.Effect).toBe('Allow');
    expect(statement.Action).toBe('s3:GetObject');
    expect(statement.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [mediaId, 'Arn'] }, '/media/*']] });
    expect(statement.Condition.StringEquals['AWS:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
    expect(JSON.stringify(policyOf(mediaId))).not.toContain('uploads');
  });

  it('site bucket: logged, readable by CloudFront (OAC) only', () => {
    const siteId = logicalIdOf('AWS::S3::Bucket', { LoggingConfiguration: { LogFilePrefix: 'site-bucket/' } });
    const allows = policyOf(siteId).filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' }),
    ]);
  });

  it('access-log bucket: keeps ACLs (CloudFront standard logs need them) and expires logs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: Match.anyValue() })] },
    });
  });
});

describe('names and exports', () => {
  it('sets no physical name: CloudFormation generates them, so a second deployment never collides', () => {
    const namingProperties: Record<string, string> = {
      'AWS::DynamoDB::Table': 'TableName',
      'AWS::S3::Bucket': 'BucketName',
    };
    for (const resource of Object.values(resources)) {
      const naming = namingProperties[resource.Type];
      if (naming) expect(resource.Properties).not.toHaveProperty(naming);
    }
  });

  it('exports what the app stack imports, under "<stack name>:<name>"', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Export?: { Name: string } }>;
    for (const name of DATA_EXPORT_NAMES) {
      expect(outputs[name]?.Export?.Name).toBe(`${dataStackName}:${name}`);
    }
    template.hasOutput('TableName', { Value: { Ref: logicalIdOf('AWS::DynamoDB::Table', {}) } });
    template.hasOutput('MediaBucketName', Match.anyValue());
  });
});
