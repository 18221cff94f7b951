import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * While `npm start` runs, DATA_DIR/runtime.json says where its DynamoDB Local listens, so the
 * admin CLI talks to it instead of opening the same database files a second time, and where its
 * functions can be invoked (to send a failed event again).
 */
interface RuntimeFile {
  pid: number;
  url: string;
  dynamoEndpoint: string;
  /** Where the local functions answer Lambda's Invoke API (the redrive sends failed events there). */
  lambdaEndpoint: string;
}

const pathIn = (dataDir: string) => join(dataDir, 'runtime.json');

export const writeRuntimeFile = (dataDir: string, runtime: Omit<RuntimeFile, 'pid'>) => {
  writeFileSync(pathIn(dataDir), JSON.stringify({ pid: process.pid, ...runtime }, null, 2));
  return () => rmSync(pathIn(dataDir), { force: true });
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The running runtime of this data folder, if its process is still alive. */
export const readRuntimeFile = (dataDir: string): RuntimeFile | undefined => {
  try {
    const runtime = JSON.parse(readFileSync(pathIn(dataDir), 'utf8')) as RuntimeFile;
    return isAlive(runtime.pid) ? runtime : undefined;
  } catch {
    return undefined;
  }
};
