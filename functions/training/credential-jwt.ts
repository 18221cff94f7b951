import { createPublicKey, verify } from 'node:crypto';
import type { CredentialSigner, PublicJwk } from '../platform/credential-signer.ts';
import type { OpenBadgeCredential } from './badge-credential.ts';

/**
 * A credential secured with JOSE (W3C VC-JOSE-COSE, as Open Badges 3.0 uses it): a compact JWS
 * whose payload is the credential itself, typed `vc+jwt`, signed ES256. The registered claims
 * Open Badges asks for repeat the credential (`iss` its issuer, `jti` its id, `nbf`/`exp` its
 * validity) so that generic JWT libraries refuse an expired one too.
 */

export const CREDENTIAL_MEDIA_TYPE = 'application/vc+jwt';

export interface CredentialJwtHeader {
  alg: 'ES256';
  kid: string;
  typ: 'vc+jwt';
}

const base64url = (data: Uint8Array | string) => Buffer.from(data).toString('base64url');
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export const signCredentialJwt = async (
  signer: CredentialSigner,
  credential: OpenBadgeCredential,
  kid: string,
): Promise<string> => {
  const header: CredentialJwtHeader = { alg: 'ES256', kid, typ: 'vc+jwt' };
  const payload = {
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    nbf: seconds(credential.validFrom),
    exp: seconds(credential.validUntil),
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${signingInput}.${base64url(await signer.sign(Buffer.from(signingInput, 'ascii')))}`;
};

/** A compact JWS taken apart, not yet trusted. */
export interface ParsedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

const jsonObject = (part: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** The three parts of a compact JWS, or undefined when the text is not one. */
export const parseCompactJwt = (token: string): ParsedJwt | undefined => {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return undefined;
  const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = parts;
  const header = jsonObject(encodedHeader);
  const payload = jsonObject(encodedPayload);
  if (!header || !payload) return undefined;
  return {
    header,
    payload,
    signingInput: `${encodedHeader}.${encodedPayload}`,
    signature: Buffer.from(encodedSignature, 'base64url'),
  };
};

/** Whether the JWS was signed (ES256, r‖s) by the private half of `jwk`. */
export const hasValidSignature = (jwt: ParsedJwt, jwk: PublicJwk): boolean => {
  if (jwt.signature.length !== 64) return false;
  const key = createPublicKey({ key: { ...jwk }, format: 'jwk' });
  return verify('sha256', Buffer.from(jwt.signingInput, 'ascii'), { key, dsaEncoding: 'ieee-p1363' }, jwt.signature);
};
