import { type CfnResource, CustomResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { type Policy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { SingletonFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { HASHED_ASSETS_FOLDER, SITE_CACHE_CONTROL } from '../site-cache.ts';
import { acknowledge, acknowledgeDocumentWildcards } from './acknowledge.ts';

export interface SiteDeploymentProps {
  /** The built site (Astro output). */
  readonly siteDir: string;
  readonly siteBucket: IBucket;
  /** Invalidated after each deployment, so new pages show at once. */
  readonly distribution: IDistribution;
}

/**
 * Copies the built site into the site bucket at each deploy (CDK's BucketDeployment custom
 * resource) in three parts, each with its Cache-Control (infra/site-cache.ts, as the local edge):
 * pages (`no-cache`, stale ones removed, CloudFront invalidated), other files (a few minutes, stale
 * ones removed) and the hashed bundles (`immutable`, never removed: a visitor's cached page from the
 * previous deploy still loads its scripts and styles).
 */
export class SiteDeployment extends Construct {
  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);

    // Our own role and log group instead of the handler's default AWSLambdaBasicExecutionRole,
    // which may write to every log group of the account.
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built site to the site bucket',
    });
    logGroup.grantWrite(role);

    const source = [Source.asset(props.siteDir)];
    const common = { sources: source, destinationBucket: props.siteBucket, memoryLimit: 512, role, logGroup };
    const hashed = `${HASHED_ASSETS_FOLDER}/*`;
    // Excluded files are neither copied nor pruned by a part: each part prunes only its own files.
    const deployment = new BucketDeployment(this, 'Files', {
      ...common,
      exclude: ['*'],
      include: ['*.html'],
      prune: true,
      cacheControl: [CacheControl.fromString(SITE_CACHE_CONTROL.html)],
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    const others = new BucketDeployment(this, 'OtherFiles', {
      ...common,
      exclude: ['*.html', hashed],
      prune: true,
      cacheControl: [CacheControl.fromString(SITE_CACHE_CONTROL.other)],
    });
    const bundles = new BucketDeployment(this, 'HashedBundles', {
      ...common,
      exclude: ['*'],
      include: [hashed],
      prune: false,
      cacheControl: [CacheControl.fromString(SITE_CACHE_CONTROL.hashed)],
    });
    // Bundles first, then the pages that reference them, so no new page points at a missing file.
    // (Between the copy resources only: the parts share one handler, so whole-construct
    // dependencies would run in a circle through it.)
    const copy = (part: BucketDeployment) => {
      const resource = part.node.children.find((child) => child instanceof CustomResource);
      return resource?.node.defaultChild as CfnResource;
    };
    copy(others).addResourceDependency(copy(bundles));
    copy(deployment).addResourceDependency(copy(others));

    acknowledgeDocumentWildcards(
      role,
      (role.node.findChild('DefaultPolicy') as Policy).document,
      'Written by CDK BucketDeployment: read the site archive from the CDK asset bucket, write and prune every key of the site bucket (a whole-site sync), and create CloudFront invalidations, which IAM does not scope to a distribution.',
    );
    // The handler function itself is a stack-wide singleton (one per memory size), not a child.
    const handler = deployment.node.findChild('CustomResourceHandler') as SingletonFunction;
    acknowledge(
      Stack.of(this).node.findChild(handler.constructName),
      'AwsSolutions-L1',
      'The runtime of CDK BucketDeployment handler (Python, with the AWS CLI layer) is chosen by aws-cdk-lib and moves with it; it runs only during deployments.',
    );
  }
}
