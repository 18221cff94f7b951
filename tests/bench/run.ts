/**
 * `npm run bench`: prints figures, asserts nothing. What it measures and why:
 * - the API Lambda bundle (minified, AWS SDK included) — cold starts grow with it;
 * - the time to import that bundle, minus a bare `node -e 0` — the cold-start share we control;
 * - `npm start` launch-to-ready on a warm install (data folder already seeded);
 * - public read latency through the local origin (loopback; relative, not AWS figures).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { freePort } from '../../infra/local/free-port.ts';
import { ROOT_DIR, startLocalStack } from '../../infra/local/stack.ts';

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
  // The same settings as the CDK house construct: ESM, minified, node24, SDK bundled.
  await build({
    entryPoints: [join(ROOT_DIR, 'functions/api/lambda.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    mainFields: ['module', 'main'],
    outfile,
    banner: { js: "import{createRequire}from'module';const require=createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
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
        env: { ...process.env, DATA_DIR: dataDir, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
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

    const bundle = await bundleApi(dir);
    const size = (await stat(bundle)).size;
    console.log(
      `API bundle (minified, SDK bundled): ${kb(size)} (${kb(gzipSync(readFileSync(bundle)).length)} gzipped) — goal ≤ 400 KB`,
    );

    const env = {
      ...process.env,
      TABLE_NAME: 'bench',
      MEDIA_BUCKET: 'bench',
      PUBLIC_URL: 'https://bench.example',
      AWS_REGION: 'eu-west-3',
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

    const stack = await startLocalStack({ inMemory: true, port: 0, quiet: true });
    try {
      for (const path of ['/api/health', '/api/projects', '/api/trails', '/']) {
        const { p50, p95 } = await latency(`${stack.url}${path}`);
        console.log(`GET ${path}: p50 ${ms(p50)}, p95 ${ms(p95)} (200 sequential requests, local origin)`);
      }
    } finally {
      await stack.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
