import { spawnSync } from 'node:child_process';
import { LocalStartError } from './local-start-error.ts';

const INSTALL_HINT = 'Install Java 17 or newer (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless).';

/** DynamoDB Local is a Java program: fail early, in one line, when Java is missing or too old. */
export const assertJava17 = (): void => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new LocalStartError(`Java was not found, and DynamoDB Local needs it. ${INSTALL_HINT}`);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17)
    throw new LocalStartError(`Java ${major || '(unknown version)'} found; DynamoDB Local needs 17+. ${INSTALL_HINT}`);
};
