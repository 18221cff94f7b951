import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../infra/local/stack.ts';

/** Made admin on sign-in by the e2e stack's configuration. */
const ADMIN_EMAIL = 'admin@e2e.test';
/**
 * A second admin, for the training files: an address may ask for 5 sign-in links in 15 minutes
 * (`SIGN_IN_PER_EMAIL`), and the files that sign the first admin in already use them up.
 */
const TRAINING_ADMIN_EMAIL = 'training-admin@e2e.test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local stack: the built site, `/api/*` and `/media/*`, as CloudFront serves them. */
    baseUrl: string;
    /** Where the stack writes e-mails, one JSON file each (`{to, subject, text, html, sentAt}`). */
    outboxDir: string;
    /** The address that becomes admin when it signs in. */
    adminEmail: string;
    /** Another, for the training files (each address has its own sign-in limit). */
    trainingAdminEmail: string;
    /** The stack's DynamoDB Local, for fixtures no page or route of this branch makes (a lending point). */
    dynamoEndpoint: string;
  }
}

/**
 * The e2e run's one local stack: DynamoDB Local and s3rver with throwaway data, the site built if
 * web/dist is stale, served on a free port. No demo content, so the lists show their empty state
 * from the real API. If anything cannot start, the run fails here with the reason.
 */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({
    inMemory: true,
    port: 0,
    quiet: true,
    seedDemo: false,
    // This address becomes admin when it signs in: the accounts tests need one.
    config: { adminEmails: [ADMIN_EMAIL, TRAINING_ADMIN_EMAIL] },
  });
  project.provide('baseUrl', stack.url);
  project.provide('outboxDir', stack.outboxDir);
  project.provide('adminEmail', ADMIN_EMAIL);
  project.provide('trainingAdminEmail', TRAINING_ADMIN_EMAIL);
  project.provide('dynamoEndpoint', stack.endpoints.dynamodb);
  return () => stack.stop();
}
