import { randomUUID } from 'node:crypto';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { EdgeCache } from './edge-cache.ts';
import { logger } from './logger.ts';
import { METRICS_NAMESPACE } from './metrics.ts';

/** An invalidation that takes longer is given up: the answer stays stale a few minutes, the request goes on. */
const INVALIDATION_TIMEOUT_MS = 2000;

/**
 * CloudFront's CreateInvalidation on the portal's distribution. The distribution's id is read once
 * from an SSM parameter the stack writes (`EDGE_DISTRIBUTION_PARAMETER`): the distribution fronts
 * the API's function URL, so passing its id in the function's environment would be a stack cycle.
 * Failures (throttling, the parameter not written yet on a first deploy, a timeout) are logged and
 * counted (`EdgeInvalidationFailures`), never thrown.
 */
export const createCloudFrontEdgeCache = (
  parameterName: string,
  clients: { cloudFront?: CloudFrontClient; ssm?: SSMClient } = {},
): EdgeCache => {
  // One attempt each, bounded: a slow control plane must not hold a resident's request.
  const cloudFront = clients.cloudFront ?? new CloudFrontClient({ maxAttempts: 1 });
  const ssm = clients.ssm ?? new SSMClient({ maxAttempts: 1 });
  let distributionId: Promise<string> | undefined;
  const distribution = (abortSignal: AbortSignal) => {
    distributionId ??= ssm
      .send(new GetParameterCommand({ Name: parameterName }), { abortSignal })
      .then(({ Parameter }) => {
        if (!Parameter?.Value) throw new Error(`The parameter ${parameterName} has no value`);
        return Parameter.Value;
      });
    // A failed read is tried again on the next invalidation, not remembered.
    distributionId.catch(() => {
      distributionId = undefined;
    });
    return distributionId;
  };

  return {
    invalidate: async (paths) => {
      if (paths.length === 0) return;
      const abortSignal = AbortSignal.timeout(INVALIDATION_TIMEOUT_MS);
      try {
        await cloudFront.send(
          new CreateInvalidationCommand({
            DistributionId: await distribution(abortSignal),
            InvalidationBatch: { CallerReference: randomUUID(), Paths: { Quantity: paths.length, Items: [...paths] } },
          }),
          { abortSignal },
        );
      } catch (error) {
        logger.warn('edge invalidation failed: these public answers stay stale until they expire', {
          error: error as Error,
          paths,
        });
        countInvalidationFailure();
      }
    },
  };
};

/**
 * One `EdgeInvalidationFailures` data point, written at once by Powertools (as the business
 * counters are, powertools-metrics.ts): a log line CloudWatch turns into a metric, no call on the
 * request's path. It carries the portal's `service` dimension (POWERTOOLS_SERVICE_NAME).
 */
const countInvalidationFailure = () =>
  new Metrics({ namespace: METRICS_NAMESPACE })
    .singleMetric()
    .addMetric('EdgeInvalidationFailures', MetricUnit.Count, 1);
