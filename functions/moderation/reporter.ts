import { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { consumeRateLimit, type RateLimit } from '../platform/rate-limit.ts';
import { problem } from '../platform/router.ts';
import { hashToken } from '../platform/tokens.ts';

/** Reports are for real problems; a burst from one person or network is refused (all kinds together). */
export const FLAGS_PER_HOUR: RateLimit = { name: 'flag', max: 10, windowSeconds: 60 * 60 };

/**
 * Who is reporting: the person when signed in, else their network. Counts against the hourly
 * limit, and returns the key (hashed: no address is stored) under which their report is kept
 * once per item.
 */
export const reporterKey = async (deps: AppDeps, { viewer, clientIp }: { viewer: Viewer | null; clientIp: string }) => {
  const reporter = viewer ? `user:${viewer.id}` : `ip:${clientIp}`;
  await consumeRateLimit(deps, FLAGS_PER_HOUR, reporter);
  return hashToken(reporter);
};

/** What every report route answers (media, projects, trails), for the OpenAPI document. */
export const reportResponses = (notFound: string) => ({
  201: {
    content: { 'application/json': { schema: z.object({ hidden: z.boolean() }) } },
    description: 'Reported; `hidden` when the reports reached the threshold',
  },
  400: problem('Invalid reason'),
  403: problem('Cross-site request'),
  404: problem(notFound),
  409: problem('Already reported by you'),
  429: problem('Too many reports'),
});
