import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CredentialSigner, PublicJwk } from '../../functions/platform/credential-signer.ts';

/** The key file's name in the data folder. */
export const CREDENTIAL_KEY_FILE = 'credential-signing-key.pem';

/**
 * What KMS does in AWS, on one machine: a P-256 private key in `DATA_DIR` (PKCS #8 PEM, readable
 * by its owner only), made on first use and kept, so credentials downloaded yesterday still
 * verify after a restart. Two processes starting at once on a new folder both try to create it;
 * the one that loses reads the winner's (`wx` refuses to overwrite).
 */
export const createLocalCredentialSigner = (dataDir: string): CredentialSigner => {
  let key: Promise<KeyObject> | undefined;
  const privateKey = () => {
    key ??= loadOrCreateKey(join(dataDir, CREDENTIAL_KEY_FILE));
    return key;
  };
  return {
    sign: async (data) => new Uint8Array(sign('sha256', data, { key: await privateKey(), dsaEncoding: 'ieee-p1363' })),
    publicJwk: async () => {
      const { kty, crv, x, y } = (await privateKey()).export({ format: 'jwk' });
      if (kty !== 'EC' || crv !== 'P-256' || !x || !y) throw new Error(`${CREDENTIAL_KEY_FILE} is not an EC P-256 key`);
      return { kty, crv, x, y } satisfies PublicJwk;
    },
  };
};

const loadOrCreateKey = async (file: string): Promise<KeyObject> => {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing) return createPrivateKey(existing);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  try {
    await writeFile(file, pem, { flag: 'wx', mode: 0o600 });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return createPrivateKey(await readFile(file, 'utf8'));
  }
};
