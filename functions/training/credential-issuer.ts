import { createHash } from 'node:crypto';
import type { AppConfig } from '../platform/config.ts';
import type { PublicJwk } from '../platform/credential-signer.ts';

/**
 * Who issues the portal's credentials and where verifiers find its key. The issuer is published
 * by the API under `/api/training/issuer` (its Open Badges Profile, the key as a JWK, and a JWK
 * set): CloudFront already sends `/api/*` to the API, so nothing at the edge imitates or routes
 * anything new, and a credential's `issuer.id` and `kid` are URLs that answer.
 */
export const ISSUER_PATH = '/api/training/issuer';

export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
}

/** The portal's name, as its e-mails are signed (`Communs <no-reply@…>`), else its host. */
const portalName = (config: Pick<AppConfig, 'mailFrom' | 'publicUrl'>): string =>
  /^\s*"?([^"<]+?)"?\s*</.exec(config.mailFrom)?.[1]?.trim() || new URL(config.publicUrl).host;

export const issuerProfile = (config: Pick<AppConfig, 'mailFrom' | 'publicUrl'>): IssuerProfile => ({
  id: `${config.publicUrl}${ISSUER_PATH}`,
  type: ['Profile'],
  name: portalName(config),
  url: config.publicUrl,
});

/** The key's RFC 7638 thumbprint: the same key always has the same id, a new key a new one. */
export const jwkThumbprint = (jwk: PublicJwk): string =>
  createHash('sha256')
    .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
    .digest('base64url');

/** The `kid` of the key: a URL that answers with the key as a JWK (as Open Badges 3.0 asks). */
export const issuerKeyId = (config: Pick<AppConfig, 'publicUrl'>, jwk: PublicJwk): string =>
  `${config.publicUrl}${ISSUER_PATH}/keys/${jwkThumbprint(jwk)}`;

/** The key as published: with its id, algorithm and use, so generic JOSE libraries pick it. */
export const publishedJwk = (config: Pick<AppConfig, 'publicUrl'>, jwk: PublicJwk) => ({
  ...jwk,
  kid: issuerKeyId(config, jwk),
  alg: 'ES256' as const,
  use: 'sig' as const,
});

/** A module's page on the site: the achievement's id (one per module, whatever the language). */
export const modulePageUrl = (config: Pick<AppConfig, 'publicUrl'>, moduleId: string): string =>
  `${config.publicUrl}/formations/${moduleId}/`;

/** The module of an achievement id of this portal, if it is one. */
export const moduleIdOfAchievement = (
  config: Pick<AppConfig, 'publicUrl'>,
  achievementId: unknown,
): string | undefined => {
  if (typeof achievementId !== 'string') return undefined;
  const prefix = `${config.publicUrl}/formations/`;
  if (!achievementId.startsWith(prefix)) return undefined;
  return /^([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(achievementId.slice(prefix.length))?.[1];
};
