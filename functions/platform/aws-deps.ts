import {
  type ClientBudget,
  createDocumentClient,
  createKmsClient,
  createLambdaClient,
  createS3Client,
  createSesClient,
} from './clients.ts';
import { createCloudFrontEdgeCache } from './cloudfront-edge-cache.ts';
import { loadConfig } from './config.ts';
import { type CredentialSigner, unavailableCredentialSigner } from './credential-signer.ts';
import { type AppDeps, type FeatureHooks, systemClock } from './deps.ts';
import { createKmsCredentialSigner } from './kms-credential-signer.ts';
import { createLambdaWorkStarter } from './lambda-work.ts';
import { metricsServiceName } from './metrics.ts';
import { createPowertoolsMetrics } from './powertools-metrics.ts';
import { createSesMailer } from './ses-mailer.ts';
import { skipSuppressed } from './skip-suppressed.ts';

/**
 * The dependencies of every Lambda entry, from the environment the CDK stack sets
 * (TABLE_NAME, MEDIA_BUCKET, WORK_FUNCTION_NAME, EDGE_DISTRIBUTION_PARAMETER, PUBLIC_URL, MAIL_FROM,
 * MAIL_CONFIGURATION_SET, ADMIN_EMAILS, TIME_ZONE, POWERTOOLS_SERVICE_NAME, and CREDENTIAL_KEY_ID for the API).
 * Call once at module scope so clients live as long as the Lambda instance. `budget`: the SDK
 * timeouts of an API request (the default) or of a job (clients.ts). The hooks come from
 * the feature list (`functions/features.ts`), which the entries import and the platform does not.
 */
export const createAwsDeps = (
  hooks: FeatureHooks,
  env: NodeJS.ProcessEnv = process.env,
  budget: ClientBudget = 'request',
): AppDeps => {
  const db = createDocumentClient({ budget });
  const tableName = required(env, 'TABLE_NAME');
  const ses = createSesMailer(createSesClient({ budget }), env.MAIL_FROM, env.MAIL_CONFIGURATION_SET);
  return {
    db,
    s3: createS3Client({ budget }),
    tableName,
    mediaBucket: required(env, 'MEDIA_BUCKET'),
    mailer: skipSuppressed(ses, { db, tableName }),
    edgeCache: createCloudFrontEdgeCache(required(env, 'EDGE_DISTRIBUTION_PARAMETER')),
    clock: systemClock,
    work: createLambdaWorkStarter(required(env, 'WORK_FUNCTION_NAME'), createLambdaClient({ budget })),
    config: loadConfig(env),
    metrics: createPowertoolsMetrics(env.POWERTOOLS_SERVICE_NAME || metricsServiceName('')),
    credentialSigner: credentialSignerOf(env, budget),
    hooks,
  };
};

/** Only the API is given the credential key (bindCredentialKey); the jobs never sign. */
const credentialSignerOf = (env: NodeJS.ProcessEnv, budget: ClientBudget): CredentialSigner =>
  env.CREDENTIAL_KEY_ID
    ? createKmsCredentialSigner(env.CREDENTIAL_KEY_ID, createKmsClient({ budget }))
    : unavailableCredentialSigner('this function was not given the credential key');

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};
