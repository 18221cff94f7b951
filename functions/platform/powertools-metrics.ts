import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { type BusinessMetric, type BusinessMetrics, METRICS_NAMESPACE } from './metrics.ts';

/**
 * The business counters in Lambda: Powertools writes them to the function's log in CloudWatch's
 * embedded metric format, and CloudWatch turns each line into metrics (no API call, no latency).
 * Each counter is published with the `service` dimension (what the dashboard graphs); a reason is
 * published again with `service` and `reason`, as its own metric, at the same flush.
 */
export const createPowertoolsMetrics = (serviceName: string): BusinessMetrics => {
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
  const byReason = new Map<string, { metric: BusinessMetric; reason: string; count: number }>();
  return {
    count(metric, detail) {
      metrics.addMetric(metric, MetricUnit.Count, 1);
      if (!detail?.reason) return;
      const key = `${metric} ${detail.reason}`;
      const counted = byReason.get(key) ?? { metric, reason: detail.reason, count: 0 };
      byReason.set(key, { ...counted, count: counted.count + 1 });
    },
    flush() {
      for (const { metric, reason, count } of byReason.values()) {
        // A single metric is written at once, with its own dimensions beside the defaults.
        metrics.singleMetric().addDimension('reason', reason).addMetric(metric, MetricUnit.Count, count);
      }
      byReason.clear();
      // Nothing counted, nothing written (and no "no metrics" warning on every quiet request).
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
};
