import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: sign-in tokens and session ids. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/**
 * What is stored instead of a secret: a leaked table gives no usable link or cookie.
 * SHA-256 suffices (no need for a slow hash): the input already has 256 bits of entropy.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
