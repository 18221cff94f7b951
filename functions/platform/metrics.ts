/** The namespace of the portal's own counters (CloudWatch), beside AWS's service metrics. */
export const METRICS_NAMESPACE = 'Communs';

/** What the operations dashboard shows of the portal at work; features count these. */
export const BUSINESS_METRICS = [
  'UploadsAccepted',
  'UploadsRejected',
  'SignIns',
  'TrainingAttemptsStarted',
  'TrainingAttemptsPassed',
  'CertificationsGranted',
] as const;

export type BusinessMetric = (typeof BUSINESS_METRICS)[number];

/**
 * The `service` dimension of every counter: one per portal, so two portals in one account (a
 * stage, see the settings) keep their figures apart. The stack sets it as POWERTOOLS_SERVICE_NAME.
 */
export const metricsServiceName = (stage: string) => (stage ? `communs-${stage}` : 'communs');

/**
 * Where use cases count what the portal made possible. In Lambda the counts become CloudWatch
 * metrics (Powertools, embedded metric format); locally they are recorded for the tests to read.
 */
export interface BusinessMetrics {
  /** One more; a `reason` also counts it under that reason (why an upload was rejected). */
  count(metric: BusinessMetric, detail?: { reason?: string }): void;
  /** Sends what was counted. Called once at the end of every invocation (a request, an event, a daily run). */
  flush(): void;
}

/** Runs one invocation's work and sends its counts afterwards, whether the work succeeded or threw. */
export const flushingMetrics = async <T>(metrics: BusinessMetrics, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } finally {
    metrics.flush();
  }
};
