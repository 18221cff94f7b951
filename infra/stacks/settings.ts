import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Construct } from 'constructs';
import { z } from 'zod';
import { loadConfig } from '../../functions/platform/config.ts';
import { unknownModuleReason } from '../../functions/training/public.ts';
import { REPOSITORY_ROOT } from '../constructs/communs-function.ts';
import { DEFAULT_TILE_URL } from '../security-headers.ts';

/** The city's settings, kept in the repository (or wherever `-c settingsFile=…` points). */
export const SETTINGS_FILE = 'communs.settings.json';
/** Committed with Communs: what `npm run synth` checks on a fresh clone. It cannot be deployed. */
export const EXAMPLE_SETTINGS_FILE = 'communs.settings.example.json';

/** What differs from one city to another. Every field is documented in the README's "Deploy to AWS". */
export interface DeploymentSettings {
  /** A short name that keeps several portals apart in one AWS account ('' for the first one). */
  readonly stage: string;
  /** The portal's public origin (`https://host`), for links in e-mails, CORS and origin checks. */
  readonly publicUrl: string;
  /** The From header of every e-mail. */
  readonly mailFrom: string;
  /** The domain of the sender address: the SES identity. */
  readonly mailDomain: string;
  /** Whether this stack creates the SES domain identity (false when it already exists in the account). */
  readonly manageMailIdentity: boolean;
  /** Addresses that become admins on their first sign-in. */
  readonly adminEmails: readonly string[];
  /** Where alarms are sent (the city's operations team). */
  readonly operationsEmail?: string;
  /** IANA zone of the city: its days and the daily job (03:00) follow it. */
  readonly timeZone: string;
  /** The city's own host name for the portal, with an ACM certificate (us-east-1) for it. */
  readonly customDomain?: { readonly domainName: string; readonly certificateArn: string };
  /** Map tiles (`https://host/{z}/{x}/{y}.png`), the same value as the site's PUBLIC_TILE_URL. */
  readonly tileUrl: string;
  /** A training module (its folder name in `content/training/`) a person must hold to publish a trail. */
  readonly publishRequiresTraining?: string;
  /** The built site (Astro output); deployed only if it exists at synth time. */
  readonly siteDir: string;
  /**
   * Synthesized from the example file: checkable, never deployable (a CloudFormation rule in the
   * app stack refuses it).
   */
  readonly example: boolean;
  /** The first deploy without a custom domain: publicUrl is not known yet (the distribution's URL is). */
  readonly firstDeploy: boolean;
  /** Where the settings came from, for messages. */
  readonly source: string;
  /** Settings given with `-c` on this command line only: lost on the next deploy unless written down. */
  readonly fromCommandLine: readonly string[];
}

/** An error in the city's settings: synth stops with one message naming the setting. */
export class SettingsError extends Error {
  constructor(setting: string, message: string, source: string) {
    super(`Setting "${setting}" (${source}): ${message}`);
    this.name = 'SettingsError';
  }
}

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);
const emailList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(',')).map((item) => item.trim().toLowerCase()).filter(Boolean),
  );

/** The settings file (and `-c` values), field by field. Unknown keys are refused: a typo must not pass. */
const SettingsFileSchema = z
  .object({
    stage: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,15}$/, 'lower-case letters, digits and dashes, starting with a letter, 16 at most')
      .optional(),
    publicUrl: z.string().optional(),
    mailFrom: z.string().optional(),
    manageMailIdentity: flag.default(true),
    adminEmails: emailList.default([]),
    operationsEmail: z.email().optional(),
    timeZone: z.string().default('Europe/Paris'),
    domainName: z.string().optional(),
    certificateArn: z
      .string()
      .regex(
        /^arn:aws:acm:us-east-1:\d{12}:certificate\/.+$/,
        'an ACM certificate ARN in us-east-1 (CloudFront only uses those)',
      )
      .optional(),
    tileUrl: z
      .string()
      .regex(/^https:\/\/\S+$/, 'an https URL template such as https://{s}.tile.example/{z}/{x}/{y}.png')
      .optional(),
    siteDir: z.string().default('web/dist'),
    // "" leaves it off, as an empty PUBLISH_REQUIRES_TRAINING does.
    publishRequiresTraining: z
      .string()
      .trim()
      .transform((value) => value || undefined)
      .optional(),
    firstDeploy: flag.default(false),
  })
  .strict();

const SETTING_NAMES = Object.keys(SettingsFileSchema.shape);

/**
 * Reads the city's settings: `communs.settings.json` (or `-c settingsFile=path`), with any `-c key=value`
 * on top; without a settings file, the example (synth only). Everything is checked here, at synth, with
 * the very schema the functions parse their environment with: a setting that would crash them at start
 * stops the synth instead, with the setting's name.
 */
export const readSettings = (scope: Construct): DeploymentSettings => {
  const context = (key: string): unknown => {
    const value = scope.node.tryGetContext(key);
    return value === '' || value === null ? undefined : value;
  };
  const file = settingsFilePath(context('settingsFile'));
  const example = file.endsWith(EXAMPLE_SETTINGS_FILE) && !context('settingsFile');
  const source = example ? `${EXAMPLE_SETTINGS_FILE} (the example)` : file;
  const fromFile = readJson(file, source);
  const fromCommandLine = SETTING_NAMES.filter((key) => context(key) !== undefined);
  const raw = { ...fromFile, ...Object.fromEntries(fromCommandLine.map((key) => [key, context(key)])) };

  const parsed = SettingsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(String(issue?.path[0] ?? '?'), issue?.message ?? 'invalid', source);
  }
  const input = parsed.data;
  const fail = (setting: string, message: string): never => {
    throw new SettingsError(setting, message, source);
  };

  if (Boolean(input.domainName) !== Boolean(input.certificateArn)) {
    fail(
      input.domainName ? 'certificateArn' : 'domainName',
      'domainName and certificateArn go together (a custom domain needs its certificate).',
    );
  }
  const publicUrl = resolvePublicUrl(input, { example, fail });
  const mailFrom = input.mailFrom ?? fail('mailFrom', 'missing: the sender of every e-mail, "Name <address>".');
  const mailDomain =
    senderDomain(mailFrom) ?? fail('mailFrom', `must be an address or "Name <address>", got ${mailFrom}.`);
  if (!example && isPlaceholderHost(mailDomain)) {
    fail('mailFrom', `${mailDomain} is a placeholder domain: use a domain the city controls (SES verifies it).`);
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: input.timeZone });
  } catch {
    fail('timeZone', `not an IANA time zone: ${input.timeZone}.`);
  }
  const unknownModule = input.publishRequiresTraining && unknownModuleReason(input.publishRequiresTraining);
  if (unknownModule) fail('publishRequiresTraining', `${unknownModule} Nobody could ever publish a trail.`);

  const settings: DeploymentSettings = {
    stage: input.stage ?? '',
    publicUrl,
    mailFrom,
    mailDomain,
    manageMailIdentity: input.manageMailIdentity,
    adminEmails: input.adminEmails,
    operationsEmail: input.operationsEmail,
    timeZone: input.timeZone,
    customDomain:
      input.domainName && input.certificateArn
        ? { domainName: input.domainName, certificateArn: input.certificateArn }
        : undefined,
    // The site is built with PUBLIC_TILE_URL; the CSP must allow the same host.
    tileUrl: input.tileUrl ?? (process.env.PUBLIC_TILE_URL || DEFAULT_TILE_URL),
    publishRequiresTraining: input.publishRequiresTraining,
    siteDir: isAbsolute(input.siteDir) ? input.siteDir : join(REPOSITORY_ROOT, input.siteDir),
    example,
    firstDeploy: input.firstDeploy,
    source,
    fromCommandLine,
  };
  checkRuntimeConfig(settings);
  return settings;
};

/**
 * The environment every function starts with (besides the resource names the `bind*` helpers add).
 * Parsed here by the functions' own `loadConfig`, so synth fails where the functions would.
 */
export const functionEnvironment = (settings: DeploymentSettings): Record<string, string> => ({
  PUBLIC_URL: settings.publicUrl,
  ADMIN_EMAILS: settings.adminEmails.join(','),
  TIME_ZONE: settings.timeZone,
  ...(settings.publishRequiresTraining && { PUBLISH_REQUIRES_TRAINING: settings.publishRequiresTraining }),
});

const checkRuntimeConfig = (settings: DeploymentSettings) => {
  try {
    // MAIL_FROM is set by bindMail, with the permission to send.
    loadConfig({ ...functionEnvironment(settings), MAIL_FROM: settings.mailFrom });
  } catch (error) {
    const issue = (error as z.ZodError).issues?.[0];
    const field = String(issue?.path[0] ?? '');
    const index = issue?.path[1];
    const detail =
      field === 'adminEmails' && typeof index === 'number'
        ? `"${settings.adminEmails[index]}" is not an e-mail address (separate addresses with commas, no names).`
        : (issue?.message ?? (error as Error).message);
    // The config's fields are named as the settings are.
    throw new SettingsError(field, detail, settings.source);
  }
};

const settingsFilePath = (given: unknown): string => {
  if (typeof given === 'string') return isAbsolute(given) ? given : join(REPOSITORY_ROOT, given);
  const city = join(REPOSITORY_ROOT, SETTINGS_FILE);
  return existsSync(city) ? city : join(REPOSITORY_ROOT, EXAMPLE_SETTINGS_FILE);
};

const readJson = (file: string, source: string): Record<string, unknown> => {
  if (!existsSync(file)) throw new SettingsError('settingsFile', `there is no file at ${file}.`, source);
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      // "$comment" keys document the file; they are not settings.
      return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('$')));
    }
  } catch (error) {
    throw new SettingsError('settingsFile', `not valid JSON: ${(error as Error).message}`, source);
  }
  throw new SettingsError('settingsFile', 'must hold one JSON object.', source);
};

/** Placeholder and reserved names (RFC 2606, RFC 6761): a portal there could never be reached. */
export const isPlaceholderHost = (host: string): boolean =>
  /(^|\.)example\.(org|com|net)$/.test(host) || /\.(example|test|invalid|localhost)$/.test(host);

/** The URL a first deploy without a domain runs with, until the distribution's URL is set. */
export const FIRST_DEPLOY_URL = 'https://first-deploy.invalid';

const resolvePublicUrl = (
  input: z.infer<typeof SettingsFileSchema>,
  { example, fail }: { example: boolean; fail: (setting: string, message: string) => never },
): string => {
  const given = input.publicUrl ?? (input.domainName ? `https://${input.domainName}` : undefined);
  if (!given) {
    if (input.firstDeploy) return FIRST_DEPLOY_URL;
    return fail(
      'publicUrl',
      'missing: the https URL of the portal. Set domainName and certificateArn, or publicUrl; for a first deploy without a domain, set "firstDeploy": true, deploy, then set publicUrl to the DistributionUrl output and deploy again.',
    );
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return fail('publicUrl', `not a URL: ${given}.`);
  }
  if (url.protocol !== 'https:') fail('publicUrl', `must be an https URL, got ${given}.`);
  if (input.domainName && url.hostname !== input.domainName.toLowerCase()) {
    fail(
      'publicUrl',
      `is ${url.origin} but domainName is ${input.domainName}: leave publicUrl out, it follows domainName.`,
    );
  }
  if (!example && isPlaceholderHost(url.hostname)) {
    fail('publicUrl', `${url.hostname} is a placeholder: the portal would refuse every write and upload.`);
  }
  return url.origin;
};

/** The domain of `Name <a@b.c>` or `a@b.c`. */
const senderDomain = (mailFrom: string): string | undefined => {
  const address = /<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  return /^[^\s@<>]+@([^\s@<>]+\.[^\s@<>]+)$/.exec(address.trim())?.[1]?.toLowerCase();
};

/** Stack names carry the stage, so two portals can live in one account. */
export const stackIds = (stage: string) => ({
  data: stage ? `Communs-${stage}-Data` : 'Communs-Data',
  app: stage ? `Communs-${stage}-App` : 'Communs-App',
});
