import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FailureQueue } from '../operations/failure-queue.ts';
import type { FailureRecord } from '../operations/failure-record.ts';

/** The local failure queue: DATA_DIR/failures/, one JSON file per failed invocation, oldest first. */
export const failureFolderIn = (dataDir: string) => join(dataDir, 'failures');

/** What Lambda's on-failure destination does: keeps the record (written whole, then renamed). */
export const keepFailure = async (folder: string, record: FailureRecord) => {
  await mkdir(folder, { recursive: true });
  const name = `${record.timestamp.replace(/[:.]/g, '-')}-${randomUUID()}.json`;
  await writeFile(join(folder, `.${name}`), JSON.stringify(record, null, 2));
  await rename(join(folder, `.${name}`), join(folder, name));
};

/** The records waiting in the folder, oldest first. */
export const listFailures = async (folder: string): Promise<FailureRecord[]> => {
  const names = await recordNames(folder);
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as FailureRecord),
  );
};

/** The folder read as the redrive reads SQS: each message once per run, removed by its handle. */
export const folderFailureQueue = (folder: string): FailureQueue => {
  const seen = new Set<string>();
  return {
    async receive() {
      const fresh = (await recordNames(folder)).filter((name) => !seen.has(name)).slice(0, 10);
      for (const name of fresh) seen.add(name);
      return Promise.all(
        fresh.map(async (name) => ({ handle: name, body: await readFile(join(folder, name), 'utf8') })),
      );
    },
    async remove(handle) {
      await rm(join(folder, handle), { force: true });
    },
  };
};

const recordNames = async (folder: string) => {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
};
