import { createPublicKey } from 'node:crypto';
import { AppError } from './errors.ts';

/** An EC P-256 public key as a JSON Web Key (RFC 7517/7518): what verifiers of a credential fetch. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/**
 * What signs the portal's credentials (Open Badges): ES256, that is ECDSA over P-256 with
 * SHA-256. In AWS the private key never leaves KMS (kms-credential-signer.ts); locally it is a
 * key file in the data folder (infra/local/local-credential-signer.ts). Verification needs only
 * the public key, so the API checks a pasted credential itself, without a call per check.
 */
export interface CredentialSigner {
  /** The signature of `data` as JOSE writes ES256 signatures: r and s, 32 bytes each (IEEE P1363). */
  sign(data: Uint8Array): Promise<Uint8Array>;
  publicJwk(): Promise<PublicJwk>;
}

/** A P-256 coordinate or scalar is 32 bytes. */
const P256_PART_BYTES = 32;

/**
 * ECDSA signatures come as DER (`SEQUENCE { INTEGER r, INTEGER s }`) from KMS and OpenSSL; JOSE
 * wants the two integers as fixed-size big-endian halves (RFC 7518 §3.4). DER integers are
 * signed, so a leading zero byte may precede a high bit, and small values are shorter than 32.
 */
export const derSignatureToJose = (der: Uint8Array, partBytes = P256_PART_BYTES): Uint8Array => {
  let offset = 0;
  const fail = (why: string): never => {
    throw new Error(`Not a DER ECDSA signature: ${why}`);
  };
  const readLength = () => {
    const first = der[offset++] ?? fail('truncated');
    if (first < 0x80) return first;
    const count = first & 0x7f;
    if (count !== 1) fail('length too long');
    return der[offset++] ?? fail('truncated');
  };
  const readInteger = () => {
    if (der[offset++] !== 0x02) fail('expected an INTEGER');
    const length = readLength();
    let value = der.subarray(offset, offset + length);
    if (value.length !== length) fail('truncated');
    offset += length;
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    if (value.length > partBytes) fail('integer longer than the curve');
    return value;
  };
  if (der[offset++] !== 0x30) fail('expected a SEQUENCE');
  const sequenceLength = readLength();
  if (offset + sequenceLength !== der.length) fail('length does not match');
  const r = readInteger();
  const s = readInteger();
  if (offset !== der.length) fail('trailing bytes');
  const jose = new Uint8Array(partBytes * 2);
  jose.set(r, partBytes - r.length);
  jose.set(s, partBytes * 2 - s.length);
  return jose;
};

/** The JWK of a P-256 public key given as DER SubjectPublicKeyInfo (what KMS GetPublicKey answers). */
export const publicJwkOfSpki = (spki: Uint8Array): PublicJwk => {
  const jwk = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' }).export({ format: 'jwk' });
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('The signing key is not EC P-256');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
};

/**
 * For functions that were not given the key (only the API signs credentials): their
 * dependencies start, and a use case that tried to sign would answer a 503, not crash.
 */
export const unavailableCredentialSigner = (why: string): CredentialSigner => {
  const refuse = async (): Promise<never> => {
    throw new AppError('dependency-unavailable', `Credentials cannot be signed here: ${why}.`);
  };
  return { sign: refuse, publicJwk: refuse };
};
