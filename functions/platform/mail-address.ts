/**
 * The From header as SES accepts it. SES refuses a display name with non-ASCII characters
 * ("Mairie de Saint-Étienne") unless it is a MIME encoded word (RFC 2047), and then sends no mail
 * at all, sign-in links included. ASCII names are quoted when they hold RFC 5322 specials.
 */
export const encodeMailbox = (mailbox: string): string => {
  const match = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(mailbox);
  if (!match) return mailbox.trim();
  const [, rawName = '', address = ''] = match;
  const name = rawName.replace(/^"(.*)"$/, '$1').trim();
  if (!name) return address.trim();
  return `${encodeDisplayName(name)} <${address.trim()}>`;
};

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const SPECIALS = /[()<>[\]:;@\\,."]/;

const encodeDisplayName = (name: string): string => {
  if (!PRINTABLE_ASCII.test(name)) return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
  return SPECIALS.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
};

/** The address of `Name <address>` or of a bare address (what SES's `ses:FromAddress` compares). */
export const addressOfMailbox = (mailbox: string): string => (/<([^<>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim();
