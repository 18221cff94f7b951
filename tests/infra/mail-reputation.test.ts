import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppStack } from '../../infra/stacks/app-stack.ts';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';
import { EXAMPLE_SETTINGS } from './settings-support.ts';

type Json = ReturnType<Template['toJSON']>;
let appStack: AppStack;
let template: Template;
let resources: Record<string, Json>;
const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  appStack.getLogicalId(construct.node.defaultChild as Parameters<AppStack['getLogicalId']>[0]);

beforeAll(() => {
  const built = buildApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  built.app.synth();
  appStack = built.appStack;
  template = Template.fromStack(appStack);
  resources = template.toJSON().Resources;
});

const configurationSetRef = () => ({ Ref: logicalId(appStack.mailReputation.configurationSet) });
const sendStatementsOf = (role: { node: { defaultChild?: unknown } }) =>
  Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: logicalId(role) }] } }))
    .flatMap((policy: Json) => policy.Properties.PolicyDocument.Statement as Json[])
    .filter((statement) => [statement.Action].flat().includes('ses:SendEmail'));

describe('mail reputation', () => {
  it('sends through a configuration set with reputation metrics that suppresses bounces and complaints', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    const sending = [appStack.api, appStack.mediaUploaded, appStack.dailyJob];
    for (const fn of sending) {
      expect(resources[logicalId(fn.function)]?.Properties.Environment.Variables.MAIL_CONFIGURATION_SET).toEqual(
        configurationSetRef(),
      );
    }
  });

  it('sends its bounces and complaints to the function that records them', () => {
    const [destination] = ofType('AWS::SES::ConfigurationSetEventDestination').map((r) => r.Properties);
    expect(destination?.ConfigurationSetName).toEqual(configurationSetRef());
    expect(destination?.EventDestination.MatchingEventTypes.sort()).toEqual(['bounce', 'complaint']);
    expect(JSON.stringify(destination?.EventDestination.EventBridgeDestination.EventBusArn)).toContain(
      'event-bus/default',
    );

    const recorder = appStack.mailReputation.recorder;
    const [rule] = ofType('AWS::Events::Rule').filter((r) =>
      JSON.stringify(r.Properties.EventPattern).includes('aws.ses'),
    );
    expect(rule?.Properties.EventPattern).toEqual({
      source: ['aws.ses'],
      'detail-type': ['Email Bounced', 'Email Complaint Received'],
      detail: { mail: { tags: { 'ses:configuration-set': [configurationSetRef()] } } },
    });
    expect(rule?.Properties.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [logicalId(recorder.function), 'Arn'] });
    // It records in the table, sends no mail, and what it fails to record waits in the failure queue.
    expect(resources[logicalId(recorder.function)]?.Properties.Environment.Variables.TABLE_NAME).toBeDefined();
    expect(sendStatementsOf(recorder.role)).toEqual([]);
    const invokeConfig = ofType('AWS::Lambda::EventInvokeConfig').find(
      (r) => r.Properties.FunctionName.Ref === logicalId(recorder.function),
    );
    expect(invokeConfig?.Properties.DestinationConfig.OnFailure.Destination).toEqual({
      'Fn::GetAtt': [logicalId(appStack.operations.failures), 'Arn'],
    });
  });

  it('may send from the configured address only, to any identity of the account (sandbox recipients), through the set', () => {
    const senderAddress = /<([^>]+)>/.exec(EXAMPLE_SETTINGS.mailFrom)?.[1] ?? EXAMPLE_SETTINGS.mailFrom;
    for (const fn of [appStack.api, appStack.mediaUploaded, appStack.dailyJob]) {
      const [statement, ...others] = sendStatementsOf(fn.role);
      expect(others).toEqual([]);
      expect(statement?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': senderAddress } });
      const resourcesText = JSON.stringify(statement?.Resource);
      expect(resourcesText).toContain(':identity/*');
      expect(resourcesText).toContain(':configuration-set/');
      expect(resourcesText).toContain(logicalId(appStack.mailReputation.configurationSet));
    }
  });
});
