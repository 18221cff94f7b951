import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../../functions/platform/deps.ts';
import type { Mailer, MailMessage } from '../../functions/platform/mailer.ts';

export interface OutboxMessage extends MailMessage {
  sentAt: string;
}

export interface OutboxOptions {
  /**
   * Addresses refused the way SES refuses one (an unverified address in the sandbox, a suppressed
   * one): `send` throws `MessageRejected` and nothing is written. Tests read the outbox for what
   * the others still got.
   */
  refuse?: ReadonlySet<string>;
}

/**
 * The local stand-in for SES: each message is one JSON file in `dir` (to, subject, text, html,
 * sentAt), and its first link is printed so a person can click it from the terminal.
 */
export const createOutboxMailer = (
  dir: string,
  clock: Clock,
  print: (line: string) => void,
  options: OutboxOptions = {},
): Mailer => ({
  async send(message) {
    if (options.refuse?.has(message.to)) {
      throw Object.assign(
        new Error(`Email address is not verified. The following identities failed the check: ${message.to}`),
        {
          name: 'MessageRejected',
          $metadata: { httpStatusCode: 400 },
        },
      );
    }
    await mkdir(dir, { recursive: true });
    const sentAt = clock.now().toISOString();
    // Named to sort in sending order, even for messages sent within the same millisecond.
    const sequence = process.hrtime.bigint().toString().padStart(20, '0');
    const file = join(dir, `${sentAt.replace(/[:.]/g, '-')}-${sequence}-${randomUUID().slice(0, 8)}.json`);
    const stored: OutboxMessage = { ...message, sentAt };
    await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`);
    const link = /https?:\/\/\S+/.exec(message.text)?.[0];
    print(`✉  to ${message.to}: ${message.subject}${link ? `\n   ${link}` : ''}`);
  },
});

/** Every message in the outbox, oldest first (tests and the README's sign-in walkthrough). */
export const readOutbox = async (dir: string): Promise<OutboxMessage[]> => {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as OutboxMessage));
};
