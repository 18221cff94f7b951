import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { type Policy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { SingletonFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
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
 * resource), removes files that are gone from the build, and invalidates CloudFront.
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

    const deployment = new BucketDeployment(this, 'Files', {
      sources: [Source.asset(props.siteDir)],
      destinationBucket: props.siteBucket,
      prune: true,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      role,
      logGroup,
    });

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
