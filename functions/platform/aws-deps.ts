import {
  type ClientBudget,
  createDocumentClient,
  createLambdaClient,
  createS3Client,
  createSesClient,
} from './clients.ts';
import { loadConfig } from './config.ts';
import { type AppDeps, type FeatureHooks, systemClock } from './deps.ts';
import { createLambdaWorkStarter } from './lambda-work.ts';
import { createSesMailer } from './ses-mailer.ts';

/**
 * The dependencies of every Lambda entry, from the environment the CDK stack sets
 * (TABLE_NAME, MEDIA_BUCKET, WORK_FUNCTION_NAME, PUBLIC_URL, MAIL_FROM, ADMIN_EMAILS, TIME_ZONE).
 * Call once at module scope so clients live as long as the Lambda instance. `budget`: the SDK
 * timeouts of an API request (the default) or of a job (clients.ts). The hooks come from
 * the feature list (`functions/features.ts`), which the entries import and the platform does not.
 */
export const createAwsDeps = (
  hooks: FeatureHooks,
  env: NodeJS.ProcessEnv = process.env,
  budget: ClientBudget = 'request',
): AppDeps => ({
  db: createDocumentClient({ budget }),
  s3: createS3Client({ budget }),
  tableName: required(env, 'TABLE_NAME'),
  mediaBucket: required(env, 'MEDIA_BUCKET'),
  mailer: createSesMailer(createSesClient({ budget }), env.MAIL_FROM),
  clock: systemClock,
  work: createLambdaWorkStarter(required(env, 'WORK_FUNCTION_NAME'), createLambdaClient({ budget })),
  config: loadConfig(env),
  hooks,
});

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};
