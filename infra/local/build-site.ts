import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time below `path` (0 when it does not exist). */
const newestMtime = async (path: string): Promise<number> => {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
};

/** The built site is stale when any source of it is newer than its index page. */
export const isSiteStale = async (webDir: string): Promise<boolean> => {
  const built = await newestMtime(join(webDir, 'dist', 'index.html'));
  if (built === 0) return true;
  const sources = await Promise.all(
    ['src', 'public', 'astro.config.mjs', 'tsconfig.json'].map((entry) => newestMtime(join(webDir, entry))),
  );
  return Math.max(...sources) > built;
};

/** Runs `astro build` for the site, printing its output only if it fails. */
export const buildSite = (rootDir: string, webDir: string): Promise<void> =>
  new Promise((resolve, reject) => {
    // This very Node (24), not whatever `node` is first on PATH: Astro needs a recent one.
    const astro = join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const child = spawn(process.execPath, [astro, 'build', '--root', webDir, '--silent'], {
      cwd: rootDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The site build failed (astro build exited ${code}):\n${output}`)),
    );
  });
