import { Aws, Duration, TimeZone } from 'aws-cdk-lib';
import { type Policy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeDocumentWildcards } from './acknowledge.ts';

export interface DailyScheduleProps {
  readonly target: IFunction;
  /** IANA zone: 03:00 is 03:00 in the city, summer and winter. */
  readonly timeZone: string;
  /** Where a run the scheduler could not start (after its retries) is kept. */
  readonly deadLetterQueue?: IQueue;
}

/** Calls the daily job once a day at 03:00 city time (EventBridge Scheduler), with retries. */
export class DailySchedule extends Construct {
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: DailyScheduleProps) {
    super(scope, id);

    // Our own role (CDK would otherwise share one per stack), so its findings are acknowledged here.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'Lets EventBridge Scheduler start the daily job',
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Runs the daily job at 03:00 in the city time zone',
      schedule: ScheduleExpression.cron({ minute: '0', hour: '3', timeZone: TimeZone.of(props.timeZone) }),
      target: new LambdaInvoke(props.target, {
        role,
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: props.deadLetterQueue,
      }),
    });
    acknowledgeDocumentWildcards(
      role,
      (role.node.findChild('DefaultPolicy') as Policy).document,
      'Written by CDK LambdaInvoke: lambda:InvokeFunction on the daily-job function and its versions and aliases (ARN:*), that one function only.',
    );
  }
}
