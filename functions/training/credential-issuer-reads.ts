import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { CREDENTIAL_CONTEXT } from './badge-credential.ts';
import { issuerProfile, jwkThumbprint, publishedJwk } from './credential-issuer.ts';

type Deps = Pick<AppDeps, 'config' | 'credentialSigner'>;

/** The issuer's Open Badges Profile: what a credential's `issuer.id` answers. */
export const readIssuerProfile = (deps: Pick<AppDeps, 'config'>): Read<Record<string, unknown>> => ({
  view: { '@context': CREDENTIAL_CONTEXT, ...issuerProfile(deps.config) },
  cache: 'public',
});

/** The issuer's keys as a JWK set (RFC 7517), for JOSE libraries that look keys up by `kid`. */
export const readIssuerKeys = async (deps: Deps): Promise<Read<{ keys: ReturnType<typeof publishedJwk>[] }>> => ({
  view: { keys: [publishedJwk(deps.config, await deps.credentialSigner.publicJwk())] },
  cache: 'public',
});

/** One key, at the URL a credential's `kid` names. */
export const readIssuerKey = async (deps: Deps, thumbprint: string): Promise<Read<ReturnType<typeof publishedJwk>>> => {
  const jwk = await deps.credentialSigner.publicJwk();
  if (jwkThumbprint(jwk) !== thumbprint) throw new AppError('not-found', 'This portal has no such key.');
  return { view: publishedJwk(deps.config, jwk), cache: 'public' };
};
