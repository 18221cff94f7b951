/**
 * Child process of the bench: inspects one staged object (the processing step's byte reading)
 * and prints its memory figures as JSON. One inspection per process, so the peak is its own.
 * Usage: node inspect-memory.ts <s3Endpoint> <bucket> <key> <family> <contentType> <size>
 */
import { inspectStagedObject } from '../../functions/media/inspect-upload.ts';
import type { MediaFamily } from '../../functions/media/schema.ts';
import { createS3Client } from '../../functions/platform/clients.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/local-aws.ts';

const [endpoint, bucket, key, family, contentType, size] = process.argv.slice(2) as [
  string,
  string,
  string,
  MediaFamily,
  string,
  string,
];
const s3 = createS3Client({ region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, s3Endpoint: endpoint });
const before = process.memoryUsage().rss;
const started = performance.now();
const result = await inspectStagedObject({ s3, bucket, key, declared: { family, contentType, size: Number(size) } });
console.log(
  JSON.stringify({
    ok: result.ok,
    ms: Math.round(performance.now() - started),
    rssBeforeMB: before / 1024 / 1024,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1024 / 1024,
  }),
);
s3.destroy();
