import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, BucketEncryption, type BucketProps, type IBucket } from 'aws-cdk-lib/aws-s3';

/**
 * What every bucket of Communs is: never public, encrypted at rest, reachable over TLS 1.2+ only.
 * Objects reach the public through CloudFront alone.
 */
export const PRIVATE_BUCKET_DEFAULTS = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
} as const satisfies BucketProps;

/**
 * Lets CloudFront (origin access control) read the objects matching `keyPattern`.
 *
 * The distribution lives in the app stack, which depends on this one, so the grant cannot name the
 * distribution's ARN without a dependency cycle. It names "a distribution of this account" instead,
 * as CDK itself does for KMS keys of OAC origins. What it exposes is public content anyway (the
 * built site, published media), and `uploads/` never matches.
 */
export const allowCloudFrontToRead = (bucket: IBucket, keyPattern: string): void => {
  bucket.addToResourcePolicy(
    new PolicyStatement({
      sid: 'CloudFrontOriginAccessControlReads',
      principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
      actions: ['s3:GetObject'],
      resources: [bucket.arnForObjects(keyPattern)],
      conditions: {
        StringEquals: { 'AWS:SourceAccount': Aws.ACCOUNT_ID },
        ArnLike: { 'AWS:SourceArn': `arn:${Aws.PARTITION}:cloudfront::${Aws.ACCOUNT_ID}:distribution/*` },
      },
    }),
  );
};
