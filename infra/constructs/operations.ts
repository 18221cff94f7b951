import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUSINESS_METRICS, METRICS_NAMESPACE, metricsServiceName } from '../../functions/platform/metrics.ts';
import { acknowledge } from './acknowledge.ts';
import type { CommunsFunction } from './communs-function.ts';

/** What a failed asynchronous invocation leaves for the operations team: 14 days to send it again. */
const FAILURE_RETENTION = Duration.days(14);

export interface OperationsProps {
  readonly api: CommunsFunction;
  /** Functions invoked asynchronously (S3 events, the schedule): their failures are kept, not dropped. */
  readonly jobs: readonly CommunsFunction[];
  readonly tableName: string;
  /** Where alarms are sent; without it they still show in the console and on the dashboard. */
  readonly operationsEmail?: string;
  /** The stack's stage, in the dashboard's name. */
  readonly stage: string;
}

/**
 * Knowing when it fails: a failure queue for asynchronous invocations (an upload whose processing
 * still fails after Lambda's retries is kept there, to send again once fixed, instead of being
 * dropped), alarms on what residents would notice or what would get the city's e-mail
 * paused, sent to the operations address, and one dashboard with the same signals and the
 * portal's own counters.
 */
export class Operations extends Construct {
  readonly failures: Queue;
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);

    this.failures = new Queue(this, 'Failures', {
      retentionPeriod: FAILURE_RETENTION,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    acknowledge(
      this.failures,
      'AwsSolutions-SQS3',
      'This queue is itself where failed invocations land (the on-failure destination); the operations team sends its events again with npm run admin -- redrive-failures, never a consumer that could fail again.',
    );
    for (const job of props.jobs) {
      job.function.configureAsyncInvoke({
        onFailure: new SqsDestination(this.failures),
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
      });
      job.function.addEnvironment('FAILURE_QUEUE_URL', this.failures.queueUrl);
    }
    // At the stack's top level, so the output keeps this plain name the README gives.
    new CfnOutput(Stack.of(this), 'FailureQueueUrl', {
      description:
        'Failed uploads and daily runs; send them again with FAILURE_QUEUE_URL=… npm run admin -- redrive-failures',
      value: this.failures.queueUrl,
    });

    this.alarmTopic = new Topic(this, 'Alarms', { displayName: 'Communs alarms', enforceSSL: true });
    acknowledge(
      this.alarmTopic,
      'AwsSolutions-SNS2',
      'Alarm notifications name a metric and a threshold, never personal data; the AWS-managed key would add cost and a key policy for no protection gained.',
    );
    if (props.operationsEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.operationsEmail));

    const functions = [props.api, ...props.jobs];
    const apiUrlMetric = (metricName: string) =>
      new Metric({
        namespace: 'AWS/Lambda',
        metricName,
        dimensionsMap: { FunctionName: props.api.function.functionName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      });
    const api5xxRate = new MathExpression({
      expression: '100 * errors / MAX([requests, 1])',
      usingMetrics: { errors: apiUrlMetric('Url5xxCount'), requests: apiUrlMetric('UrlRequestCount') },
      label: 'API 5xx (% of requests)',
      period: Duration.minutes(5),
    });
    const tableMetric = (metricName: string) =>
      new Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: props.tableName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      });
    const sesMetric = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });

    this.alarm('Api5xxRate', api5xxRate, 5, 'More than 5% of API requests failed with a 5xx over 10 minutes', 2);
    for (const fn of functions) {
      const name = fn.node.id;
      this.alarm(`${name}Errors`, fn.function.metricErrors({ period: Duration.minutes(5) }), 1, `${name}: errors`);
      this.alarm(
        `${name}Throttles`,
        fn.function.metricThrottles({ period: Duration.minutes(5) }),
        1,
        `${name}: throttled`,
      );
    }
    this.alarm(
      'FailedInvocations',
      this.failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      1,
      'An upload or the daily job failed after its retries: its event waits in the failure queue (README, "Before opening to residents")',
    );
    this.alarm('TableThrottles', tableMetric('ThrottledRequests'), 1, 'DynamoDB throttled requests');
    // SES pauses an account near 10% bounces or 0.5% complaints: warn well before.
    this.alarm('MailBounceRate', sesMetric('Reputation.BounceRate'), 0.05, 'SES bounce rate above 5%');
    this.alarm('MailComplaintRate', sesMetric('Reputation.ComplaintRate'), 0.001, 'SES complaint rate above 0.1%');

    const business = this.businessMetrics(functions, props.stage);
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.stage ? `Communs-${props.stage}` : 'Communs',
      widgets: [
        [
          new TextWidget({
            markdown: '# Communs\nAlarms, errors and what the portal made possible.',
            width: 24,
            height: 2,
          }),
        ],
        [
          graph('API requests and 5xx', [apiUrlMetric('UrlRequestCount'), apiUrlMetric('Url5xxCount')]),
          graph('API 5xx rate (%)', [api5xxRate]),
          graph(
            'Function errors',
            functions.map((fn) => fn.function.metricErrors()),
          ),
          graph(
            'Function throttles',
            functions.map((fn) => fn.function.metricThrottles()),
          ),
        ],
        [
          graph('Failed invocations waiting to be sent again', [
            this.failures.metricApproximateNumberOfMessagesVisible(),
          ]),
          graph('DynamoDB throttled requests', [tableMetric('ThrottledRequests')]),
          graph('SES bounce and complaint rates', [
            sesMetric('Reputation.BounceRate'),
            sesMetric('Reputation.ComplaintRate'),
          ]),
          graph('The portal at work', business.counters),
        ],
        [graph('Uploads rejected, by reason', [business.rejectedByReason])],
      ],
    });
  }

  /**
   * The portal's own counters, as the functions publish them (functions/platform/powertools-metrics.ts):
   * each function is told its portal's `service` name, and the dashboard reads that dimension.
   */
  private businessMetrics(functions: readonly CommunsFunction[], stage: string) {
    const service = metricsServiceName(stage);
    for (const fn of functions) fn.function.addEnvironment('POWERTOOLS_SERVICE_NAME', service);
    const period = Duration.hours(1);
    return {
      counters: BUSINESS_METRICS.map(
        (metricName) =>
          new Metric({
            namespace: METRICS_NAMESPACE,
            metricName,
            dimensionsMap: { service },
            statistic: 'Sum',
            period,
          }),
      ),
      rejectedByReason: new MathExpression({
        expression: `SEARCH('{${METRICS_NAMESPACE},reason,service} MetricName="UploadsRejected" service="${service}"', 'Sum', ${period.toSeconds()})`,
        label: '',
        period,
      }),
    };
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1) {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
    return alarm;
  }
}

const graph = (title: string, metrics: IMetric[]) => new GraphWidget({ title, left: metrics, width: 6, height: 6 });
