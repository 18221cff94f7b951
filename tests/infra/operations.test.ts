import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_METRICS } from '../../functions/platform/metrics.ts';
import type { AppStack } from '../../infra/stacks/app-stack.ts';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';

type Json = ReturnType<Template['toJSON']>;
let appStack: AppStack;
let template: Template;
let resources: Record<string, Json>;
const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);

beforeAll(() => {
  const built = buildApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  built.app.synth();
  appStack = built.appStack;
  template = Template.fromStack(appStack);
  resources = template.toJSON().Resources;
});

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  appStack.getLogicalId(construct.node.defaultChild as Parameters<AppStack['getLogicalId']>[0]);

describe('knowing when it fails', () => {
  it('keeps an upload, daily or work run that still fails after its retries, in a queue to redrive', () => {
    const queue = logicalId(appStack.operations.failures);
    const configs = ofType('AWS::Lambda::EventInvokeConfig').map((r) => r.Properties);
    expect(configs).toHaveLength(4);
    for (const config of configs) {
      expect(config.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': [queue, 'Arn'] });
      expect(config.MaximumRetryAttempts).toBe(2);
    }
    const functionIds = configs.map((config) => config.FunctionName.Ref).sort();
    expect(functionIds).toEqual(
      [
        logicalId(appStack.mediaUploaded.function),
        logicalId(appStack.dailyJob.function),
        logicalId(appStack.work.function),
        logicalId(appStack.mailReputation.recorder.function),
      ].sort(),
    );
    // The redrive command is pointed at it (README, "Before opening to residents").
    template.hasOutput('FailureQueueUrl', { Value: { Ref: queue } });
    const [schedule] = ofType('AWS::Scheduler::Schedule');
    expect(schedule?.Properties.Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [queue, 'Arn'] } });
  });

  it('alarms on errors, throttles, 5xx, the failure queue, DynamoDB throttling and mail reputation, to the operations address', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm').map((r) => r.Properties);
    const topic = logicalId(appStack.operations.alarmTopic);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    const metricNames = alarms.flatMap((alarm) =>
      alarm.MetricName
        ? [alarm.MetricName]
        : alarm.Metrics.flatMap((m: Json) => (m.MetricStat ? [m.MetricStat.Metric.MetricName] : [])),
    );
    for (const name of [
      'Url5xxCount',
      'Errors',
      'Throttles',
      'ApproximateNumberOfMessagesVisible',
      'ThrottledRequests',
      'Reputation.BounceRate',
      'Reputation.ComplaintRate',
    ]) {
      expect(metricNames).toContain(name);
    }
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'operations@example.org' });
  });

  it('has one dashboard with the same signals and the portal’s own counters', () => {
    const [dashboard] = ofType('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const name of ['Url5xxCount', 'ApproximateNumberOfMessagesVisible', 'UploadsAccepted', 'SignIns']) {
      expect(body).toContain(name);
    }
  });

  it('graphs the counters the functions publish, under the service name each function is given', () => {
    for (const fn of [appStack.api, appStack.mediaUploaded, appStack.dailyJob]) {
      const variables = resources[logicalId(fn.function)]?.Properties.Environment.Variables;
      expect(variables.POWERTOOLS_SERVICE_NAME).toBe('communs');
    }
    const [dashboard] = ofType('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const name of BUSINESS_METRICS) {
      expect(body).toContain(`[\\"Communs\\",\\"${name}\\",\\"service\\",\\"communs\\"`);
    }
    // The rejections split by the reason the uploader was given.
    expect(body).toContain('SEARCH(');
    expect(body).toContain('{Communs,reason,service} MetricName=');
  });

  it('gives every log group a retention, the CDK notifications handler’s included', () => {
    for (const group of ofType('AWS::Logs::LogGroup')) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
    const handler = Object.entries(resources).find(
      ([id, r]) => id.startsWith('BucketNotificationsHandler') && r.Type === 'AWS::Lambda::Function',
    )?.[1];
    expect(handler?.Properties.LoggingConfig.LogGroup).toEqual({
      Ref: expect.stringMatching(/^NotificationsHandlerLogs/),
    });
  });
});
