import { join, resolve } from 'node:path';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLE_SETTINGS } from '../lambda-bundle.ts';

/** The repository root: entries, package-lock.json and tsconfig.json are found from here. */
export const REPOSITORY_ROOT = resolve(import.meta.dirname, '../..');

/** Logs are for operating the service, not an archive; three months covers any incident review. */
const LOG_RETENTION = RetentionDays.THREE_MONTHS;

export interface CommunsFunctionProps {
  /** The entry file, relative to the repository root (e.g. `functions/api/lambda.ts`); it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Settings that are not tied to a resource; resources add theirs through the `bind*` helpers. */
  readonly environment?: Record<string, string>;
}

/**
 * One Lambda function of Communs, with the house defaults in one place: Node.js 24 on arm64 (cheaper
 * per ms), an ESM bundle built by the locally installed esbuild (never Docker), its own log group with
 * a retention, and its own role that may only write to that log group. Everything else a function
 * may touch is granted with the `bind*` helpers, which set the matching environment variable too.
 */
export class CommunsFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: CommunsFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    // A role of our own instead of the AWSLambdaBasicExecutionRole managed policy, which may write
    // to every log group of the account.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(REPOSITORY_ROOT, props.entry),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      // Powertools Logger already writes JSON; the JSON format keeps Lambda's own lines JSON too.
      loggingFormat: LoggingFormat.JSON,
      projectRoot: REPOSITORY_ROOT,
      depsLockFilePath: join(REPOSITORY_ROOT, 'package-lock.json'),
      environment: {
        // Stack traces in the logs point at the TypeScript sources.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        ...LAMBDA_BUNDLE_SETTINGS,
        mainFields: [...LAMBDA_BUNDLE_SETTINGS.mainFields],
        // A linked .map file beside the bundle (not inline: keeps the code small to load).
        sourceMap: true,
        sourcesContent: false,
        // Bundle the AWS SDK at the versions of package-lock.json, the ones the local stack and the
        // tests run, rather than whatever version the Lambda runtime ships that month.
        bundleAwsSDK: true,
        forceDockerBundling: false,
      },
    });
  }
}
