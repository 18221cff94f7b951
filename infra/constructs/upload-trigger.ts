import { type CfnResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import { BACKGROUND_WORK } from '../../functions/background.ts';
import { acknowledge } from './acknowledge.ts';

/**
 * Calls `handler` for every object created under a prefix that a feature processes (the upload
 * processors of `functions/background.ts`: today media's `uploads/`), so S3 sends exactly what
 * the job hands on, as the local runtime does.
 *
 * The bucket lives in the data stack and the function here. Declaring the notification on the
 * bucket's own stack would make DataStack depend on AppStack while AppStack depends on DataStack.
 * So the bucket is imported here and CDK's notifications custom resource (in this stack) writes
 * the notification configuration; for an imported bucket it merges with, rather than replaces,
 * any other notification.
 */
export const triggerOnUploads = (scope: Construct, bucket: IBucket, handler: IFunction): void => {
  const destination = new LambdaDestination(handler);
  for (const { prefix } of BACKGROUND_WORK.uploadProcessors) {
    bucket.addEventNotification(EventType.OBJECT_CREATED, destination, { prefix });
  }
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
