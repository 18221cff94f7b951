import type { BusinessMetric, BusinessMetrics } from '../../functions/platform/metrics.ts';

export interface CountedMetric {
  metric: BusinessMetric;
  reason?: string;
}

export interface RecordedMetrics extends BusinessMetrics {
  /** What was sent by a flush, in order: what CloudWatch would have received. */
  readonly published: readonly CountedMetric[];
}

/**
 * The business counters on the local runtime and in the tests: kept in memory instead of written
 * as embedded-metric log lines (which would flood the terminal). Only flushed counts are
 * published, as in Lambda, so a test also sees that each invocation sends what it counted.
 */
export const createRecordedMetrics = (): RecordedMetrics => {
  const pending: CountedMetric[] = [];
  const published: CountedMetric[] = [];
  return {
    published,
    count: (metric, detail) => {
      pending.push(detail?.reason ? { metric, reason: detail.reason } : { metric });
    },
    flush: () => {
      published.push(...pending.splice(0));
    },
  };
};
