import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../infra/local/stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local stack: the built site, `/api/*` and `/media/*`, as CloudFront serves them. */
    baseUrl: string;
  }
}

/**
 * The e2e run's one local stack: DynamoDB Local and s3rver with throwaway data, the site built if
 * web/dist is stale, served on a free port. No demo content, so the lists show their empty state
 * from the real API. If anything cannot start, the run fails here with the reason.
 */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({ inMemory: true, port: 0, quiet: true, seedDemo: false });
  project.provide('baseUrl', stack.url);
  return () => stack.stop();
}
