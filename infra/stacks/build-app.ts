import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { REPOSITORY_ROOT } from '../constructs/communs-function.ts';
import { AppStack } from './app-stack.ts';
import { importDataValues } from './data-exports.ts';
import { DataStack } from './data-stack.ts';
import { readSettings, stackIds } from './settings.ts';

export interface BuildAppOptions {
  /** Context values (cdk.json's, in tests); the CLI adds cdk.json and `-c` values itself. */
  readonly context?: Record<string, unknown>;
  /** Where to write the cloud assembly (tests use a temporary folder). */
  readonly outdir?: string;
}

/** The stack ids of the first portal of an account (no stage). */
export const DATA_STACK_ID = stackIds('').data;
export const APP_STACK_ID = stackIds('').app;

/**
 * The whole deployment: DataStack, AppStack, and the cdk-nag AwsSolutions checks on both.
 * Used by infra/app.ts (the CDK CLI) and by tests/infra (no CLI, no AWS account).
 */
export const buildApp = ({ context, outdir }: BuildAppOptions = {}) => {
  const props: AppProps = {
    context,
    outdir,
    // Applied after the CLI's context, so `-c` cannot turn it off: any unacknowledged warning
    // (cdk-nag, CloudFormation validation, construct annotation) fails the synth, like an error.
    postCliContext: { '@aws-cdk/core:strictCfnValidateErrors': true },
  };
  const app = new App(props);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

  const settings = readSettings(app);
  const ids = stackIds(settings.stage);
  const dataStack = new DataStack(app, ids.data, { settings });
  const appStack = new AppStack(app, ids.app, { settings, data: importDataValues(dataStack.stackName) });
  // The imports are plain Fn::ImportValue tokens, so CDK cannot infer the order by itself.
  appStack.addStackDependency(dataStack, 'AppStack imports the table and buckets from DataStack');
  return { app, dataStack, appStack, settings };
};

/** cdk.json's context (defaults and feature flags), for building the app without the CLI. */
export const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'cdk.json'), 'utf8')).context;
