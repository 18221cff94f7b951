import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../infra/local/free-port.ts';
import { ROOT_DIR } from '../../../infra/local/stack.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'communs-start-'));
  dirs.push(dir);
  return dir;
};

/** `npm start`'s program, as a person runs it, with its output collected. */
const start = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['infra/local/start.ts'], {
    cwd: ROOT_DIR,
    env: { ...process.env, SKIP_SITE_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exit,
    output: () => output,
    get exitCode() {
      return child.exitCode;
    },
  };
};

const waitFor = async (condition: () => boolean, what: string, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Java processes serving DynamoDB Local from this data folder. */
const javaFor = (dataDir: string) => {
  try {
    return execFileSync('pgrep', ['-f', `dbPath ${dataDir}`], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

describe('npm start', () => {
  it('serves a green health check, keeps data under DATA_DIR, and leaves no process behind on SIGTERM', async () => {
    const dataDir = await tempDir();
    const port = await freePort();
    const run = start({ DATA_DIR: dataDir, PORT: String(port) });
    await waitFor(() => run.output().includes('ready'), 'the ready line');
    expect(run.output()).toContain(`http://127.0.0.1:${port}`);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(javaFor(dataDir)).not.toBe('');

    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(javaFor(dataDir)).toBe('');
  }, 60_000);

  it('stops when Ctrl-C (SIGINT) reaches it', async () => {
    const dataDir = await tempDir();
    const run = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    await waitFor(() => run.output().includes('ready'), 'the ready line');
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
    expect(javaFor(dataDir)).toBe('');
  }, 60_000);

  it("passes the city's settings in its environment to the API: PUBLISH_REQUIRES_TRAINING, checked", async () => {
    const wrong = start({
      DATA_DIR: await tempDir(),
      PORT: String(await freePort()),
      PUBLISH_REQUIRES_TRAINING: 'licences-libres',
    });
    expect(await wrong.exit).toBe(1);
    expect(wrong.output()).toMatch(
      /Cannot start: PUBLISH_REQUIRES_TRAINING: "licences-libres" is no module of content\/training\//,
    );
    const badNumber = start({ DATA_DIR: await tempDir(), PORT: String(await freePort()), FLAGS_TO_HIDE: 'three' });
    expect(await badNumber.exit).toBe(1);
    expect(badNumber.output()).toMatch(/Cannot start: FLAGS_TO_HIDE: /);

    const run = start({
      DATA_DIR: await tempDir(),
      PORT: String(await freePort()),
      PUBLISH_REQUIRES_TRAINING: 'licences-libres-et-consentement',
    });
    // The demo city's trails are seeded all the same (published before the city's requirement).
    await waitFor(() => run.output().includes('ready') || run.exitCode !== null, 'the ready line', 60_000);
    expect(run.output()).toContain(
      'Publishing a trail requires the training "licences-libres-et-consentement" (PUBLISH_REQUIRES_TRAINING).',
    );
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  }, 90_000);

  it('says in one line that the port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const run = start({ DATA_DIR: await tempDir(), PORT: String(port) });
      expect(await run.exit).toBe(1);
      expect(run.output()).toMatch(new RegExp(`Cannot start: Port ${port} .*already in use`));
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('says in one line that the data folder is not writable', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, '');
    const run = start({ DATA_DIR: join(file, 'data'), PORT: String(await freePort()) });
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/Cannot start: The data folder .* is not writable/);
  }, 30_000);

  it('says how to install Java when it is missing', async () => {
    const run = start({ DATA_DIR: await tempDir(), PORT: String(await freePort()), PATH: dirname(process.execPath) });
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/Cannot start: Java was not found.*apt-get install openjdk-17-jre-headless/);
  }, 30_000);
});
