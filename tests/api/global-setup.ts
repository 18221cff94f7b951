import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../infra/local/stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    s3Endpoint: string;
    stackUrl: string;
  }
}

/**
 * One DynamoDB Local (in memory) and one s3rver for the whole api run, on free ports. Each test
 * builds its own app on them (tests/api/support.ts) and creates its own data, so files run in
 * parallel. If a service cannot start, the run fails here with the reason.
 */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({ inMemory: true, port: 0, quiet: true, buildSite: false, seedDemo: false });
  project.provide('dynamoEndpoint', stack.endpoints.dynamodb);
  project.provide('s3Endpoint', stack.endpoints.s3);
  project.provide('stackUrl', stack.url);
  return () => stack.stop();
}
