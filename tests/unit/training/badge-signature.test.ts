import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derSignatureToJose, publicJwkOfSpki } from '../../../functions/platform/credential-signer.ts';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

/** DER of SEQUENCE { INTEGER r, INTEGER s } from raw big-endian integers (with DER's sign byte). */
const der = (r: number[], s: number[]) => {
  const integer = (bytes: number[]) => {
    const body = (bytes[0] ?? 0) & 0x80 ? [0, ...bytes] : bytes;
    return [0x02, body.length, ...body];
  };
  const content = [...integer(r), ...integer(s)];
  return Uint8Array.from([0x30, content.length, ...content]);
};

describe('DER → JOSE signature (what KMS answers → what ES256 carries)', () => {
  it('gives signatures node:crypto verifies as IEEE P1363, whatever the lengths of r and s', () => {
    // Half of the signatures have an r or s with DER's leading zero; about 1 in 128 a short one.
    for (let i = 0; i < 400; i++) {
      const data = Buffer.from(`credential ${i}`);
      const jose = derSignatureToJose(sign('sha256', data, privateKey));
      expect(jose).toHaveLength(64);
      expect(verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, jose)).toBe(true);
    }
  });

  it('drops the sign byte and left-pads short integers to 32 bytes each', () => {
    const r = [0x80, ...Array(31).fill(1)];
    const s = [0x7f, 0x02];
    const jose = derSignatureToJose(der(r, s));
    expect([...jose.subarray(0, 32)]).toEqual(r);
    expect([...jose.subarray(32)]).toEqual([...Array(30).fill(0), 0x7f, 0x02]);
  });

  it('refuses what is not a DER signature of P-256 size', () => {
    expect(() => derSignatureToJose(Uint8Array.from([0x31, 0x00]))).toThrow(/SEQUENCE/);
    expect(() => derSignatureToJose(der(Array(33).fill(1), [1]))).toThrow(/longer than the curve/);
    const truncated = der([1], [2]).subarray(0, 5);
    expect(() => derSignatureToJose(truncated)).toThrow();
    expect(() => derSignatureToJose(Uint8Array.from([...der([1], [2]), 0]))).toThrow();
  });

  it('reads the public key KMS gives (DER SubjectPublicKeyInfo) as the JWK verifiers fetch', () => {
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const { x, y } = createPublicKey(privateKey).export({ format: 'jwk' });
    expect(publicJwkOfSpki(spki)).toEqual({ kty: 'EC', crv: 'P-256', x, y });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'der', type: 'spki' });
    expect(() => publicJwkOfSpki(rsa)).toThrow(/not EC P-256/);
  });
});
