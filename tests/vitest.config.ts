import { defineConfig } from 'vitest/config';

/**
 * Four tiers: unit (pure rules), api (the real app on DynamoDB Local + s3rver), infra (CDK
 * assertions + cdk-nag), e2e (Chromium on the local runtime). `npm test` runs the first three.
 */
export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/api/global-setup.ts'],
          // Expected 503s log warnings; keep the run readable, errors still show.
          env: { POWERTOOLS_LOG_LEVEL: 'ERROR' },
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'infra', include: ['tests/infra/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
