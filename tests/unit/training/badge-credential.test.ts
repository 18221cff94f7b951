import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CredentialSigner, PublicJwk } from '../../../functions/platform/credential-signer.ts';
import { buildBadgeCredential, holderIdOf } from '../../../functions/training/badge-credential.ts';
import type { CertificationRecord } from '../../../functions/training/certification-rules.ts';
import { issuerKeyId, moduleIdOfAchievement } from '../../../functions/training/credential-issuer.ts';
import { hasValidSignature, parseCompactJwt, signCredentialJwt } from '../../../functions/training/credential-jwt.ts';
import type { TrainingModule } from '../../../functions/training/module-schema.ts';

const config = { publicUrl: 'https://communs.example.org', mailFrom: 'Ville de Brest <no-reply@brest.example>' };

const moduleOf = (overrides: Partial<TrainingModule['manifest']> = {}): TrainingModule => ({
  id: 'enregistrer-en-exterieur',
  manifest: {
    title: { fr: 'Enregistrer en extérieur', en: 'Recording outdoors' },
    summary: { fr: 'Le son dehors', en: 'Sound outdoors' },
    version: '2.1.0',
    licence: 'CC-BY-SA-4.0',
    authors: [{ name: 'Ville de Brest' }],
    unlocks: ['audio-recorder'],
    workshop: false,
    validityMonths: 24,
    passMark: 75,
    order: 1,
    lessons: [{ slug: 'niveaux', title: { fr: 'Niveaux', en: 'Levels' } }],
    ...overrides,
  },
  quiz: { draw: 1, questions: [] },
  lessons: [],
});

const certification: CertificationRecord = {
  userId: '6f1c1d1e-0000-4000-8000-000000000001',
  moduleId: 'enregistrer-en-exterieur',
  moduleVersion: '2.1.0',
  moduleMajor: 2,
  how: 'quiz',
  earnedAt: '2026-03-01T10:00:00.000Z',
  validUntil: '2028-03-01T10:00:00.000Z',
  revoked: false,
};

const holder = { id: certification.userId, email: 'camille@example.org', language: 'en' as const };

const build = (module = moduleOf()) =>
  buildBadgeCredential({ config, certification, module, holder, credentialId: 'urn:uuid:1234', salt: 'pepper' });

describe('Open Badges 3.0 credential of a certification', () => {
  it('is a VC 2.0 OpenBadgeCredential with the issuer, the achievement and the validity', () => {
    const credential = build();
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toEqual({
      id: 'https://communs.example.org/api/training/issuer',
      type: ['Profile'],
      name: 'Ville de Brest',
      url: 'https://communs.example.org',
    });
    expect(credential.validFrom).toBe(certification.earnedAt);
    expect(credential.validUntil).toBe(certification.validUntil);
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(credential.credentialSubject.achievement).toMatchObject({
      id: 'https://communs.example.org/formations/enregistrer-en-exterieur/',
      type: ['Achievement'],
      name: 'Recording outdoors',
      description: 'Sound outdoors',
      achievementType: 'License',
      version: '2.1.0',
    });
    expect(credential.credentialSubject.achievement.criteria.narrative).toMatch(/pass the quiz \(at least 75% right/);
    expect(credential.evidence).toEqual([
      expect.objectContaining({ type: ['Evidence'], name: 'Recording outdoors, version 2.1.0', genre: 'Quiz' }),
    ]);
  });

  it('names the holder by a salted hash of their e-mail and an opaque id, never the address itself', () => {
    const credential = build();
    expect(JSON.stringify(credential)).not.toContain('camille');
    const [email, account] = credential.credentialSubject.identifier;
    expect(email).toEqual({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: `sha256$${createHash('sha256').update('camille@example.orgpepper').digest('hex')}`,
      salt: 'pepper',
    });
    expect(account?.identityHash).toBe(holder.id);
    expect(holderIdOf(credential)).toBe(holder.id);
  });

  it('is a competency when the module unlocks no equipment, and says a workshop is part of it', () => {
    const achievement = build(moduleOf({ unlocks: [], workshop: true })).credentialSubject.achievement;
    expect(achievement.achievementType).toBe('Competency');
    expect(achievement.criteria.narrative).toMatch(/attend an in-person workshop/);
  });

  it('finds the module again from the achievement id, and only from this portal', () => {
    const { id } = build().credentialSubject.achievement;
    expect(moduleIdOfAchievement(config, id)).toBe('enregistrer-en-exterieur');
    expect(moduleIdOfAchievement(config, 'https://elsewhere.example/formations/x/')).toBeUndefined();
    expect(moduleIdOfAchievement(config, `${config.publicUrl}/formations/../x/`)).toBeUndefined();
  });
});

describe('the credential as a JWT (VC-JOSE, ES256)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  const jwk = { kty, crv, x, y } as PublicJwk;
  const signer: CredentialSigner = {
    sign: async (data) => sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' }),
    publicJwk: async () => jwk,
  };

  it('has the vc+jwt header, the credential as payload with the registered claims, and a signature that holds', async () => {
    const credential = build();
    const token = await signCredentialJwt(signer, credential, issuerKeyId(config, jwk));
    const parsed = parseCompactJwt(token);
    expect(parsed?.header).toEqual({ alg: 'ES256', kid: issuerKeyId(config, jwk), typ: 'vc+jwt' });
    expect(parsed?.payload).toEqual({
      ...credential,
      iss: credential.issuer.id,
      jti: 'urn:uuid:1234',
      nbf: Date.parse(certification.earnedAt) / 1000,
      exp: Date.parse(certification.validUntil) / 1000,
    });
    expect(parsed && hasValidSignature(parsed, jwk)).toBe(true);
  });

  it('does not hold once a character of the payload changed', async () => {
    const token = await signCredentialJwt(signer, build(), issuerKeyId(config, jwk));
    const [header, payload, signature] = token.split('.');
    const changed = Buffer.from(payload ?? '', 'base64url')
      .toString()
      .replace('2028-03-01', '2038-03-01');
    const tampered = parseCompactJwt(`${header}.${Buffer.from(changed).toString('base64url')}.${signature}`);
    expect(tampered && hasValidSignature(tampered, jwk)).toBe(false);
  });

  it('reads nothing out of text that is not a compact JWT', () => {
    expect(parseCompactJwt('hello')).toBeUndefined();
    expect(parseCompactJwt('a.b.c')).toBeUndefined();
    expect(parseCompactJwt(`${Buffer.from('[]').toString('base64url')}.e30.AA`)).toBeUndefined();
  });
});
