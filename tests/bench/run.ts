/**
 * `npm run bench`: prints figures, asserts nothing. What it measures and why:
 * - the API Lambda bundle (minified, AWS SDK included) — cold starts grow with it;
 * - the time to import that bundle, minus a bare `node -e 0` — the cold-start share we control;
 * - `npm start` launch-to-ready on a warm install (data folder already seeded);
 * - public read latency through the local origin (loopback; relative, not AWS figures).
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { bundleLambda, bundleShares } from '../../infra/lambda-bundle.ts';
import { freePort } from '../../infra/local/free-port.ts';
import { ROOT_DIR, startLocalStack } from '../../infra/local/stack.ts';

const execFileAsync = promisify(execFile);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const bundleApi = async (dir: string) => {
  const outfile = join(dir, 'api.mjs');
  const metafile = await bundleLambda(ROOT_DIR, 'functions/api/lambda.ts', outfile);
  return { outfile, shares: bundleShares(metafile) };
};

const timeNode = (args: string[], env: NodeJS.ProcessEnv, runs = 15) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
    times.push(performance.now() - start);
  }
  return median(times);
};

const launchToReady = (dataDir: string) =>
  new Promise<number>((resolve, reject) => {
    void freePort().then((port) => {
      const start = performance.now();
      const child = spawn(process.execPath, ['infra/local/start.ts'], {
        cwd: ROOT_DIR,
        // A warm install: the site is already built (the build is not what is measured).
        env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), SKIP_SITE_BUILD: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready in')) {
          const elapsed = performance.now() - start;
          child.kill('SIGTERM');
          child.once('exit', () => resolve(elapsed));
        }
      });
      child.once(
        'exit',
        (code) => code !== 0 && code !== null && reject(new Error(`npm start exited ${code}: ${output}`)),
      );
    });
  });

/** A valid WAV of silence of exactly `size` bytes. */
const silentWav = (size: number) => {
  const wav = Buffer.alloc(size);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(size - 8, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(2, 22);
  wav.writeUInt32LE(44_100, 24);
  wav.writeUInt32LE(44_100 * 4, 28);
  wav.writeUInt16LE(4, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(size - 44, 40);
  return wav;
};

const latency = async (url: string, runs = 200) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
};

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'communs-bench-'));
  try {
    console.log('Communs bench (2 cores; figures vary ±10% between runs)\n');

    const { outfile: bundle, shares } = await bundleApi(dir);
    const size = (await stat(bundle)).size;
    console.log(
      `API bundle (minified, SDK bundled): ${kb(size)} (${kb(gzipSync(readFileSync(bundle)).length)} gzipped) — goal ≤ 400 KB`,
    );
    console.log(
      `  largest parts: ${shares
        .slice(0, 8)
        .map(([owner, bytes]) => `${owner} ${kb(bytes)}`)
        .join(', ')}`,
    );

    const env = {
      ...process.env,
      TABLE_NAME: 'bench',
      MEDIA_BUCKET: 'bench',
      PUBLIC_URL: 'https://bench.example',
      AWS_REGION: 'eu-west-3',
      // What createAwsDeps requires at start, as the stack sets it (the values are never called here).
      EDGE_DISTRIBUTION_PARAMETER: '/communs/edge-distribution-id',
      WORK_FUNCTION_NAME: 'bench-work',
    };
    const importer = join(dir, 'import.mjs');
    await writeFile(importer, `await import(${JSON.stringify(bundle)});`);
    const bare = timeNode(['-e', '0'], env);
    const withImport = timeNode([importer], env);
    console.log(
      `Import of the API handler: ${ms(withImport - bare)} over bare node (${ms(withImport)} vs ${ms(bare)}) — goal ≤ 100 ms`,
    );

    const dataDir = join(dir, 'data');
    const first = await launchToReady(dataDir);
    const warm = await launchToReady(dataDir);
    console.log(
      `npm start launch-to-ready: ${ms(warm)} warm (first start with demo seeding: ${ms(first)}) — goal ≤ 10 s`,
    );

    const stack = await startLocalStack({ inMemory: true, port: 0, quiet: true, buildSite: false });
    try {
      const { items } = (await (await fetch(`${stack.url}/api/projects?limit=1`)).json()) as {
        items: { slug: string }[];
      };
      const trail = 'recouvrance-a-l-oreille';
      const month = new Date().toISOString().slice(0, 7);
      const paths = [
        '/api/health',
        '/api/projects',
        '/api/projects?q=son',
        `/api/projects/${items[0]?.slug}`,
        '/api/trails',
        `/api/trails/${trail}`,
        `/api/trails/${trail}.geojson`,
        `/api/trails/${trail}.gpx`,
        '/api/lending/points',
        '/api/lending/models',
        '/api/lending/models/zoom-h5',
        `/api/lending/models/zoom-h5/availability?point=mediatheque-capucins&from=${month}-01&to=${month}-28`,
        '/',
      ];
      for (const path of paths) {
        const { p50, p95 } = await latency(`${stack.url}${path}`);
        console.log(`GET ${path}: p50 ${ms(p50)}, p95 ${ms(p95)} (200 sequential requests, local origin)`);
      }
      for (const megabytes of [1, 200]) {
        const size = megabytes * 1024 * 1024;
        await stack.deps.s3.send(
          new PutObjectCommand({ Bucket: stack.deps.mediaBucket, Key: `bench/${megabytes}`, Body: silentWav(size) }),
        );
        // Asynchronously: s3rver answers from this very process.
        const child = await execFileAsync(process.execPath, [
          join(ROOT_DIR, 'tests/bench/inspect-memory.ts'),
          stack.endpoints.s3,
          stack.deps.mediaBucket,
          `bench/${megabytes}`,
          'audio',
          'audio/wav',
          String(size),
        ]);
        const figures = JSON.parse(child.stdout) as { ok: boolean; ms: number; rssBeforeMB: number; peakRssMB: number };
        console.log(
          `Media processing, reading a ${megabytes} MB upload: peak RSS ${figures.peakRssMB.toFixed(1)} MB (process at ${figures.rssBeforeMB.toFixed(1)} MB before; ${figures.ms} ms; ${figures.ok ? 'accepted' : 'rejected'}) — flat as files grow`,
        );
      }
    } finally {
      await stack.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
