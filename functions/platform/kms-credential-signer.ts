import { createHash } from 'node:crypto';
import { GetPublicKeyCommand, type KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { type CredentialSigner, derSignatureToJose, type PublicJwk, publicJwkOfSpki } from './credential-signer.ts';

/**
 * Signs with an asymmetric KMS key (ECC_NIST_P256, SIGN_VERIFY): the private key never leaves
 * KMS. The message is hashed here and sent as a digest, because KMS refuses raw messages over
 * 4 KB and a credential's signing input can be longer; ECDSA_SHA_256 over the digest is the same
 * signature. The public key is read once per Lambda instance (it never changes for a key).
 */
export const createKmsCredentialSigner = (keyId: string, kms: KMSClient): CredentialSigner => {
  let publicKey: Promise<PublicJwk> | undefined;
  return {
    async sign(data) {
      const { Signature } = await kms.send(
        new SignCommand({
          KeyId: keyId,
          Message: createHash('sha256').update(data).digest(),
          MessageType: 'DIGEST',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      );
      if (!Signature) throw new Error('KMS answered no signature');
      return derSignatureToJose(Signature);
    },
    publicJwk() {
      publicKey ??= kms.send(new GetPublicKeyCommand({ KeyId: keyId })).then(({ PublicKey }) => {
        if (!PublicKey) throw new Error('KMS answered no public key');
        return publicJwkOfSpki(PublicKey);
      });
      // A failed read is not kept: the next request asks again.
      publicKey.catch(() => {
        publicKey = undefined;
      });
      return publicKey;
    },
  };
};
