import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushingMetrics } from '../../../functions/platform/metrics.ts';
import { createPowertoolsMetrics } from '../../../functions/platform/powertools-metrics.ts';

/** The embedded-metric-format lines written to stdout (what CloudWatch Logs turns into metrics). */
const captureEmf = () => {
  const lines: Record<string, unknown>[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (parsed._aws) lines.push(parsed);
    }
    return true;
  });
  return lines;
};

type Emf = { _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] } } & Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the business counters in Lambda (Powertools, embedded metric format)', () => {
  it('writes nothing until the invocation ends, then the counts under the portal’s service, and rejections again by reason', async () => {
    const lines = captureEmf();
    const metrics = createPowertoolsMetrics('communs-essai');
    await flushingMetrics(metrics, async () => {
      metrics.count('UploadsAccepted');
      metrics.count('UploadsRejected', { reason: 'type-mismatch' });
      metrics.count('UploadsRejected', { reason: 'type-mismatch' });
      metrics.count('SignIns');
      expect(lines).toHaveLength(0);
    });
    const emf = lines as Emf[];
    const totals = emf.find((line) => line.UploadsAccepted !== undefined);
    expect(totals?._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'Communs', Dimensions: [['service']] });
    expect(totals).toMatchObject({ service: 'communs-essai', UploadsAccepted: 1, UploadsRejected: [1, 1], SignIns: 1 });
    const byReason = emf.find((line) => line.reason === 'type-mismatch');
    expect(byReason?._aws.CloudWatchMetrics[0]?.Dimensions[0]?.sort()).toEqual(['reason', 'service']);
    expect(byReason).toMatchObject({ service: 'communs-essai', UploadsRejected: 2 });
  });

  it('flushes what was counted even when the invocation throws, and writes nothing when nothing was counted', async () => {
    const lines = captureEmf();
    const metrics = createPowertoolsMetrics('communs');
    await flushingMetrics(metrics, async () => {});
    expect(lines).toHaveLength(0);
    await expect(
      flushingMetrics(metrics, async () => {
        metrics.count('SignIns');
        throw new Error('later failure');
      }),
    ).rejects.toThrow('later failure');
    expect(lines).toHaveLength(1);
  });
});
