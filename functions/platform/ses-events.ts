import { z } from 'zod';
import type { AppDeps } from './deps.ts';
import { logger } from './logger.ts';
import { recordSuppressedAddress, type SuppressionReason } from './suppressed-addresses.ts';

const Recipients = z.array(z.object({ emailAddress: z.string().min(1) }));

/**
 * The part of an SES event (event publishing format, as EventBridge's `detail` carries it) that
 * says which addresses must get no more mail. Other fields and other event types are ignored.
 * https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
 */
export const SesEventSchema = z.discriminatedUnion('eventType', [
  z.object({
    eventType: z.literal('Bounce'),
    bounce: z.object({
      // Transient bounces (a full mailbox, a server down) may succeed later: only Permanent ones suppress.
      bounceType: z.string(),
      bouncedRecipients: Recipients,
      timestamp: z.string(),
    }),
  }),
  z.object({
    eventType: z.literal('Complaint'),
    complaint: z.object({ complainedRecipients: Recipients, timestamp: z.string() }),
  }),
]);

/** The addresses of one SES event that must get no more mail, with why. */
export const suppressionsOf = (event: z.infer<typeof SesEventSchema>) => {
  if (event.eventType === 'Bounce') {
    if (event.bounce.bounceType !== 'Permanent') return [];
    return event.bounce.bouncedRecipients.map(({ emailAddress }) => ({
      address: emailAddress,
      reason: 'bounce' as SuppressionReason,
      reportedAt: event.bounce.timestamp,
    }));
  }
  return event.complaint.complainedRecipients.map(({ emailAddress }) => ({
    address: emailAddress,
    reason: 'complaint' as SuppressionReason,
    reportedAt: event.complaint.timestamp,
  }));
};

/**
 * Records the addresses a bounce or complaint reported, so the app stops sending to them (see
 * skip-suppressed.ts). SES's own suppression list drops such mail too, but only once SES has
 * counted the attempt; the app not trying at all keeps the rates low. Returns how many it recorded.
 */
export const recordBouncesAndComplaints = async (deps: Pick<AppDeps, 'db' | 'tableName'>, detail: unknown) => {
  const parsed = SesEventSchema.safeParse(detail);
  if (!parsed.success) {
    logger.warn('SES event ignored: neither a bounce nor a complaint', {
      eventType: (detail as { eventType?: unknown } | null)?.eventType,
    });
    return { suppressed: 0 };
  }
  const suppressions = suppressionsOf(parsed.data);
  for (const { address, ...record } of suppressions) await recordSuppressedAddress(deps, address, record);
  logger.info('SES event recorded', { eventType: parsed.data.eventType, suppressed: suppressions.length });
  return { suppressed: suppressions.length };
};
