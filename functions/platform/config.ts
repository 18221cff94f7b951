import { z } from 'zod';

/** Settings that differ between a laptop, the tests and a city's AWS account. */
export const AppConfigSchema = z.object({
  /** The public origin (scheme + host [+ port]) the portal is served from. */
  publicUrl: z.url(),
  /** The city's days (digests, the daily job) are calendar dates in this zone, not UTC. */
  timeZone: z.string().default('Europe/Paris'),
  /** Largest request body the API accepts (a route may declare its own, see body-limit.ts); media bytes never pass through the API. */
  maxBodyBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  /** Addresses that become admins on their first sign-in. */
  adminEmails: z.array(z.email()).default([]),
  /** Storage each citizen may use for media (default 5 GB). */
  mediaQuotaBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 ** 3),
  /** Uploads a citizen may have waiting for bytes or processing at once. */
  maxPendingUploads: z.coerce.number().int().positive().default(5),
  /** Open flags after which a medium is hidden until staff review it. */
  flagsToHide: z.coerce.number().int().positive().default(3),
  /**
   * A training module whose certification a person needs to publish a trail (the city decides;
   * off by default), e.g. `licences-libres-et-consentement`.
   */
  publishRequiresTraining: z.string().optional(),
  /** Sender of every e-mail. */
  mailFrom: z.string().default('Communs <no-reply@communs.localhost>'),
});

export type AppConfig = z.infer<typeof AppConfigSchema>;

/** The environment variable each setting is read from (Lambda, `npm start`). */
export const CONFIG_VARIABLES = {
  publicUrl: 'PUBLIC_URL',
  timeZone: 'TIME_ZONE',
  maxBodyBytes: 'MAX_BODY_BYTES',
  adminEmails: 'ADMIN_EMAILS',
  mailFrom: 'MAIL_FROM',
  mediaQuotaBytes: 'MEDIA_QUOTA_BYTES',
  maxPendingUploads: 'MAX_PENDING_UPLOADS',
  flagsToHide: 'FLAGS_TO_HIDE',
  publishRequiresTraining: 'PUBLISH_REQUIRES_TRAINING',
} as const satisfies Record<keyof AppConfig, string>;

/** The settings the environment gives, unparsed; an empty variable counts as unset. */
export const configInput = (env: NodeJS.ProcessEnv): Record<keyof AppConfig, unknown> => {
  const value = (field: keyof AppConfig) => env[CONFIG_VARIABLES[field]] || undefined;
  const adminEmails = value('adminEmails');
  return {
    ...(Object.fromEntries(
      Object.keys(CONFIG_VARIABLES).map((field) => [field, value(field as keyof AppConfig)]),
    ) as Record<keyof AppConfig, string | undefined>),
    adminEmails: adminEmails
      ?.split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  };
};

/** Reads the configuration from environment variables (Lambda and the local runtime). */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): AppConfig => AppConfigSchema.parse(configInput(env));
