import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunsFunction } from '../../infra/constructs/communs-function.ts';
import type { AppStack } from '../../infra/stacks/app-stack.ts';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';

/** CloudFormation JSON, as the assertions library types it. */
type Json = ReturnType<Template['toJSON']>;

const outdir = mkdtempSync(join(tmpdir(), 'communs-credential-key-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

let data: Template;
let app: Template;
let appStack: AppStack;

beforeAll(() => {
  // The functions' code is irrelevant here: skipping esbuild keeps this file fast.
  const built = buildApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] }, outdir });
  built.app.synth();
  data = Template.fromStack(built.dataStack);
  app = Template.fromStack(built.appStack);
  appStack = built.appStack;
});

const kmsStatementsOf = (fn: CommunsFunction): Json[] =>
  Object.values(
    app.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: appStack.getLogicalId(fn.role.node.defaultChild as never) }] },
    }),
  )
    .flatMap((policy: Json) => policy.Properties.PolicyDocument.Statement as Json[])
    .filter((statement) => [statement.Action].flat().some((action: string) => action.startsWith('kms:')));

const environmentOf = (fn: CommunsFunction): Json =>
  app.toJSON().Resources[appStack.getLogicalId(fn.function.node.defaultChild as CfnFunction)].Properties.Environment
    .Variables;

describe('the key that signs credentials', () => {
  it('is an asymmetric P-256 signing key in the data stack, retained with it, exported for the app stack', () => {
    data.resourceCountIs('AWS::KMS::Key', 1);
    data.hasResource('AWS::KMS::Key', {
      Properties: { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    const [keyId] = Object.keys(data.findResources('AWS::KMS::Key'));
    data.hasOutput('CredentialKeyArn', {
      Value: { 'Fn::GetAtt': [keyId, 'Arn'] },
      Export: { Name: 'Communs-Data:CredentialKeyArn' },
    });
  });

  it('may be used by the API only, to sign and read its public key, nothing else', () => {
    const key = { 'Fn::ImportValue': 'Communs-Data:CredentialKeyArn' };
    expect(kmsStatementsOf(appStack.api)).toEqual([
      { Effect: 'Allow', Action: ['kms:GetPublicKey', 'kms:Sign'], Resource: key },
    ]);
    expect(environmentOf(appStack.api).CREDENTIAL_KEY_ID).toEqual(key);
    for (const job of [appStack.mediaUploaded, appStack.dailyJob, appStack.work]) {
      expect(kmsStatementsOf(job), job.node.id).toEqual([]);
      expect(environmentOf(job).CREDENTIAL_KEY_ID, job.node.id).toBeUndefined();
    }
  });
});
