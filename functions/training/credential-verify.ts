import { getUser } from '../accounts/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { consumeRateLimit, type RateLimit } from '../platform/rate-limit.ts';
import { holderIdOf } from './badge-credential.ts';
import { issuerKeyId, issuerProfile, moduleIdOfAchievement } from './credential-issuer.ts';
import { hasValidSignature, parseCompactJwt } from './credential-jwt.ts';
import { getTraineeSettings } from './store/badges.ts';
import { getCertification, revokedBetween } from './store/certifications.ts';

/** Anyone may check a credential; a burst from one network is refused. */
export const VERIFICATIONS_PER_HOUR: RateLimit = { name: 'credential-verify', max: 60, windowSeconds: 60 * 60 };

/** Why a credential is not (or no longer) valid, for the page to explain in the reader's language. */
export const VERIFICATION_REASONS = [
  /** Not a compact JWT holding a credential. */
  'malformed',
  /** Signed with something else than ES256. */
  'unsupported-algorithm',
  /** Issued by someone else than this portal. */
  'foreign-issuer',
  /** Names a key this portal does not have. */
  'unknown-key',
  /** Changed after it was signed, or signed by another key. */
  'bad-signature',
  'not-yet-valid',
  'expired',
  /**
   * An instructor revoked the certification: the one the credential was issued for (even if the
   * holder earned it again since), or the one that replaced it.
   */
  'revoked',
  /** The portal holds no such certification any more (the holder's data was erased). */
  'unknown-certification',
] as const;
export type VerificationReason = (typeof VERIFICATION_REASONS)[number];

export interface VerificationResult {
  valid: boolean;
  reasons: VerificationReason[];
  /** Only from a credential whose signature holds: what it certifies. */
  achievement?: { id: string; name: string; moduleId: string; version?: string };
  validFrom?: string;
  validUntil?: string;
  /** The name the holder is credited by in public, only if they show their certifications. */
  holderName?: string;
}

const invalid = (reason: VerificationReason): VerificationResult => ({ valid: false, reasons: [reason] });

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Checks a credential someone pasted: it was signed by this portal's key and not changed since,
 * it is within its validity, and the certification behind it is not revoked today (a signed
 * credential cannot know that: the table can). The credential names its issuance by the date it
 * was awarded: a holder certified again after a revocation does not revive a credential of the
 * revoked issuance. Any text gives an answer, never an error.
 */
export const verifyCredential = async (
  deps: Pick<AppDeps, 'db' | 'tableName' | 'clock' | 'config' | 'credentialSigner'>,
  { token, requester }: { token: string; requester: string },
): Promise<VerificationResult> => {
  await consumeRateLimit(deps, VERIFICATIONS_PER_HOUR, requester);
  const jwt = parseCompactJwt(token);
  if (!jwt) return invalid('malformed');
  if (jwt.header.alg !== 'ES256') return invalid('unsupported-algorithm');
  const credential = jwt.payload;
  const issuer = record(credential.issuer);
  if ((text(credential.issuer) ?? text(issuer.id)) !== issuerProfile(deps.config).id) return invalid('foreign-issuer');
  const jwk = await deps.credentialSigner.publicJwk();
  if (jwt.header.kid !== issuerKeyId(deps.config, jwk)) return invalid('unknown-key');
  if (!hasValidSignature(jwt, jwk)) return invalid('bad-signature');

  // Signed by this portal: its content can be trusted as what the portal wrote.
  const achievement = record(record(credential.credentialSubject).achievement);
  const moduleId = moduleIdOfAchievement(deps.config, achievement.id);
  const holderId = holderIdOf(credential);
  const validFrom = text(credential.validFrom);
  const validUntil = text(credential.validUntil);
  // The issuance: the certification's `earnedAt`, which the credential's `awardedDate` carries.
  const issuedAt = text(credential.awardedDate) ?? validFrom;
  if (!moduleId || !holderId || !validFrom || !validUntil || !issuedAt) return invalid('malformed');

  const now = deps.clock.now().toISOString();
  const reasons: VerificationReason[] = [];
  if (validFrom > now) reasons.push('not-yet-valid');
  if (validUntil <= now) reasons.push('expired');
  const [certification, settings] = await Promise.all([
    getCertification(deps, holderId, moduleId),
    getTraineeSettings(deps, holderId),
  ]);
  // An issuance later than the one held was never written here (the holder's data was erased since).
  if (!certification || certification.earnedAt < issuedAt) reasons.push('unknown-certification');
  else if (
    certification.revoked ||
    (certification.earnedAt > issuedAt &&
      (await revokedBetween(deps, { userId: holderId, moduleId, from: issuedAt, to: certification.earnedAt })))
  ) {
    reasons.push('revoked');
  }
  const holder = settings?.showOnProfile ? await getUser(deps, holderId) : undefined;
  return {
    valid: reasons.length === 0,
    reasons,
    achievement: {
      id: String(achievement.id),
      name: text(achievement.name) ?? moduleId,
      moduleId,
      ...(text(achievement.version) ? { version: text(achievement.version) } : {}),
    },
    validFrom,
    validUntil,
    ...(holder?.status === 'active' ? { holderName: holder.attributionName } : {}),
  };
};
