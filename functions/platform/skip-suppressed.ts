import type { AppDeps } from './deps.ts';
import { logger } from './logger.ts';
import type { Mailer } from './mailer.ts';
import { isSuppressedAddress } from './suppressed-addresses.ts';

/**
 * The mailer every entry hands the app: it sends nothing to an address that bounced for good or
 * complained. Sending to them again would raise the bounce and complaint rates that get an SES
 * account paused, and then no resident gets a sign-in link. Callers see no difference (sign-in
 * still answers 202, the digest goes on to the next follower), so the answer reveals nothing.
 */
export const skipSuppressed = (mailer: Mailer, store: Pick<AppDeps, 'db' | 'tableName'>): Mailer => ({
  async send(message) {
    if (await isSuppressedAddress(store, message.to)) {
      logger.info('mail not sent: the address bounced or complained before', { subject: message.subject });
      return;
    }
    await mailer.send(message);
  },
});
