/** The namespace of the portal's own counters (CloudWatch), beside AWS's service metrics. */
export const METRICS_NAMESPACE = 'Communs';

/** What the operations dashboard shows of the portal at work; features count these. */
export const BUSINESS_METRICS = ['UploadsAccepted', 'UploadsRejected', 'SignIns'] as const;

export type BusinessMetric = (typeof BUSINESS_METRICS)[number];
