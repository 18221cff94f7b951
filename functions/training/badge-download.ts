import { randomBytes, randomUUID } from 'node:crypto';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { buildBadgeCredential } from './badge-credential.ts';
import { findModule } from './catalogue.ts';
import { issuerKeyId } from './credential-issuer.ts';
import { signCredentialJwt } from './credential-jwt.ts';
import { getCertification } from './store/certifications.ts';

/**
 * The holder's certification of a module as a signed Open Badges credential, to keep in a wallet
 * or show an employer. Only the holder downloads it (the route is theirs: anyone else holds no
 * such certification). A revoked one is refused; an expired one is given, and says until when
 * it was valid.
 */
export const downloadBadge = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'config' | 'credentialSigner'>,
  { viewer, moduleId }: { viewer: Viewer; moduleId: string },
): Promise<{ filename: string; token: string }> => {
  const module = findModule(moduleId);
  if (!module) throw new AppError('not-found', `There is no training module ${moduleId}.`);
  const certification = await getCertification(deps, viewer.id, moduleId);
  if (!certification) throw new AppError('not-found', 'You do not hold this certification.');
  if (certification.revoked) {
    throw new AppError('gone', `This certification was revoked: ${certification.revokedReason ?? ''}`.trim(), {
      extensions: { reason: certification.revokedReason, revokedAt: certification.revokedAt },
    });
  }
  const credential = buildBadgeCredential({
    config: deps.config,
    certification,
    module,
    holder: viewer,
    credentialId: `urn:uuid:${randomUUID()}`,
    salt: randomBytes(16).toString('hex'),
  });
  const kid = issuerKeyId(deps.config, await deps.credentialSigner.publicJwk());
  return { filename: `${moduleId}.badge.jwt`, token: await signCredentialJwt(deps.credentialSigner, credential, kid) };
};
