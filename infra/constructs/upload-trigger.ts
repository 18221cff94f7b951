import { type CfnResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge.ts';
import { MEDIA_KEYS } from './media-keys.ts';

/**
 * Calls `handler` for every object created under `uploads/`.
 *
 * The bucket lives in the data stack and the function here. Declaring the notification on the
 * bucket's own stack would make DataStack depend on AppStack while AppStack depends on DataStack.
 * So the bucket is imported here and CDK's notifications custom resource (in this stack) writes
 * the notification configuration; for an imported bucket it merges with, rather than replaces,
 * any other notification.
 */
export const triggerOnUploads = (scope: Construct, bucket: IBucket, handler: IFunction): void => {
  bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(handler), {
    prefix: MEDIA_KEYS.uploads,
  });
  // CDK creates its handler once per stack, under a fixed id prefix.
  const notificationsHandler = Stack.of(scope).node.children.find((child) =>
    child.node.id.startsWith('BucketNotificationsHandler'),
  );
  if (!notificationsHandler) throw new Error('CDK did not create its BucketNotificationsHandler');
  // Its default log group would keep its lines forever: give it one with a retention.
  const logs = new LogGroup(scope, 'NotificationsHandlerLogs', {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const handlerFunction = notificationsHandler.node.defaultChild as CfnResource;
  handlerFunction.addPropertyOverride('LoggingConfig', { LogGroup: logs.logGroupName });
  handlerFunction.addResourceDependency(logs.node.defaultChild as CfnResource);
  acknowledge(
    notificationsHandler,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'CDK S3 notifications handler: its role cannot be replaced, and it only writes its own logs; it runs during deployments only.',
  );
};
