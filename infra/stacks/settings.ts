import { isAbsolute, join } from 'node:path';
import type { Construct } from 'constructs';
import { REPOSITORY_ROOT } from '../constructs/communs-function.ts';

/**
 * What differs from one city to another, read from CDK context (cdk.json, or `-c key=value` on the
 * command line). cdk.json holds the defaults; nothing here has a default of its own, so there is
 * one place to look.
 */
export interface DeploymentSettings {
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
  /** IANA zone of the city: loan days and the daily job follow it. */
  readonly timeZone: string;
  /** The city's own host name for the portal, with an ACM certificate (us-east-1) for it. */
  readonly customDomain?: { readonly domainName: string; readonly certificateArn: string };
  /** The built site (Astro output); deployed only if it exists at synth time. */
  readonly siteDir: string;
}

export const readSettings = (scope: Construct): DeploymentSettings => {
  const context = (key: string): unknown => scope.node.tryGetContext(key);
  const text = (key: string): string | undefined => {
    const value = context(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string.`);
    return value.trim();
  };
  const required = (key: string): string => {
    const value = text(key);
    if (!value) throw new Error(`Context "${key}" is missing: set it in cdk.json or with -c ${key}=…`);
    return value;
  };

  const domainName = text('domainName');
  const certificateArn = text('certificateArn');
  if (Boolean(domainName) !== Boolean(certificateArn)) {
    throw new Error('Context "domainName" and "certificateArn" go together (a custom domain needs its certificate).');
  }
  const mailFrom = required('mailFrom');
  const siteDir = required('siteDir');

  return {
    publicUrl: httpsOrigin('publicUrl', text('publicUrl') ?? (domainName ? `https://${domainName}` : undefined)),
    mailFrom,
    mailDomain: senderDomain(mailFrom),
    manageMailIdentity: flag('manageMailIdentity', context('manageMailIdentity')),
    adminEmails: emailList(context('adminEmails')),
    timeZone: timeZone(required('timeZone')),
    customDomain: domainName && certificateArn ? { domainName, certificateArn } : undefined,
    siteDir: isAbsolute(siteDir) ? siteDir : join(REPOSITORY_ROOT, siteDir),
  };
};

/** True when the public URL is still the documented placeholder (RFC 2606 example domain). */
export const isPlaceholderUrl = (publicUrl: string): boolean =>
  /(^|\.)example\.(org|com|net)$/.test(new URL(publicUrl).hostname);

const httpsOrigin = (key: string, value: string | undefined): string => {
  if (!value) throw new Error(`Context "${key}" is missing: the https URL the portal is served from.`);
  const url = new URL(value);
  if (url.protocol !== 'https:') throw new Error(`Context "${key}" must be an https URL, got ${value}.`);
  return url.origin;
};

const senderDomain = (mailFrom: string): string => {
  const address = /<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(address.trim())?.[1];
  if (!domain) throw new Error(`Context "mailFrom" must be an address or "Name <address>", got ${mailFrom}.`);
  return domain.toLowerCase();
};

const emailList = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => String(item).trim().toLowerCase()).filter(Boolean);
};

const flag = (key: string, value: unknown): boolean => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`Context "${key}" must be true or false.`);
};

const timeZone = (zone: string): string => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`Context "timeZone" is not an IANA time zone: ${zone}.`);
  }
  return zone;
};
