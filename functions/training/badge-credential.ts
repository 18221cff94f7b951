import { createHash } from 'node:crypto';
import type { AppConfig } from '../platform/config.ts';
import type { CertificationHow, CertificationRecord } from './certification-rules.ts';
import { type IssuerProfile, issuerProfile, modulePageUrl } from './credential-issuer.ts';
import type { TrainingModule } from './module-schema.ts';

/**
 * A certification as an Open Badges 3.0 credential (`OpenBadgeCredential`, a W3C Verifiable
 * Credential 2.0). Pure: the caller gives the salt and the credential's id, so a test can build
 * the same one twice.
 */

export const CREDENTIAL_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

/** The JSON Schema the Open Badges validators check an achievement credential against. */
const ACHIEVEMENT_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

type Language = 'fr' | 'en';

export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'emailAddress' | 'identifier';
  hashed: boolean;
  identityHash: string;
  salt?: string;
}

export interface OpenBadgeCredential {
  '@context': typeof CREDENTIAL_CONTEXT;
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: IssuerProfile;
  validFrom: string;
  validUntil: string;
  awardedDate: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier: IdentityObject[];
    achievement: {
      id: string;
      type: ['Achievement'];
      name: string;
      description: string;
      criteria: { narrative: string };
      achievementType: 'License' | 'Competency';
      version: string;
      inLanguage: Language;
    };
  };
  evidence: { type: ['Evidence']; name: string; description: string; genre: string }[];
  credentialSchema: { id: string; type: '1EdTechJsonSchemaValidator2019' }[];
}

/**
 * The holder as the credential names them: never their e-mail in clear. Open Badges' salted hash
 * of the address lets someone who knows it check that the badge is theirs; the portal's opaque
 * account id is how the portal finds the certification again when someone verifies it.
 */
export const holderIdentifiers = (holder: { id: string; email: string }, salt: string): IdentityObject[] => [
  {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    identityHash: `sha256$${createHash('sha256')
      .update(holder.email + salt)
      .digest('hex')}`,
    salt,
  },
  { type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: holder.id },
];

/** The portal's account id of the holder, as `holderIdentifiers` wrote it. */
export const holderIdOf = (credential: { credentialSubject?: { identifier?: unknown } }): string | undefined => {
  const identifiers = credential.credentialSubject?.identifier;
  if (!Array.isArray(identifiers)) return undefined;
  const found = identifiers.find(
    (entry): entry is IdentityObject =>
      entry?.type === 'IdentityObject' && entry.identityType === 'identifier' && entry.hashed === false,
  );
  return typeof found?.identityHash === 'string' ? found.identityHash : undefined;
};

const HOW: Record<CertificationHow, Record<Language, { genre: string; text: string }>> = {
  quiz: {
    fr: { genre: 'Questionnaire', text: 'Questionnaire du module réussi, corrigé par le portail.' },
    en: { genre: 'Quiz', text: "Passed the module's quiz, graded by the portal." },
  },
  workshop: {
    fr: {
      genre: 'Atelier',
      text: 'Présence à un atelier marquée par un formateur, et questionnaire réussi s’il y en a un.',
    },
    en: {
      genre: 'Workshop',
      text: 'Attendance at a workshop marked by an instructor, and the quiz passed if there is one.',
    },
  },
  granted: {
    fr: { genre: 'Attribution', text: 'Attribuée par un formateur du module, avec une raison écrite.' },
    en: { genre: 'Granted', text: 'Granted by an instructor of the module, with a written reason.' },
  },
};

/** How the module is earned, in words: the achievement's criteria. */
const criteriaOf = (module: TrainingModule, language: Language): string => {
  const { workshop, passMark } = module.manifest;
  const quiz = module.quiz !== undefined;
  if (language === 'fr') {
    const parts = [
      ...(workshop ? ['assister à un atelier en présentiel (présence marquée par un formateur)'] : []),
      ...(quiz ? [`réussir le questionnaire (${passMark} % de bonnes réponses au moins)`] : []),
    ];
    return `Suivre les leçons du module, puis ${parts.join(' et ') || 'être certifié par un formateur'}.`;
  }
  const parts = [
    ...(workshop ? ['attend an in-person workshop (attendance marked by an instructor)'] : []),
    ...(quiz ? [`pass the quiz (at least ${passMark}% right answers)`] : []),
  ];
  return `Follow the module's lessons, then ${parts.join(' and ') || 'be certified by an instructor'}.`;
};

export const buildBadgeCredential = (options: {
  config: Pick<AppConfig, 'publicUrl' | 'mailFrom'>;
  certification: CertificationRecord;
  module: TrainingModule;
  holder: { id: string; email: string; language: Language };
  /** A fresh `urn:uuid:…` per download. */
  credentialId: string;
  salt: string;
}): OpenBadgeCredential => {
  const { config, certification, module, holder } = options;
  const language = holder.language;
  const name = module.manifest.title[language];
  const how = HOW[certification.how][language];
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: options.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: issuerProfile(config),
    validFrom: certification.earnedAt,
    validUntil: certification.validUntil,
    awardedDate: certification.earnedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: holderIdentifiers(holder, options.salt),
      achievement: {
        id: modulePageUrl(config, module.id),
        type: ['Achievement'],
        name,
        description: module.manifest.summary[language],
        criteria: { narrative: criteriaOf(module, language) },
        // A module that unlocks equipment is a licence to use it; the others are a competency.
        achievementType: module.manifest.unlocks.length > 0 ? 'License' : 'Competency',
        version: certification.moduleVersion,
        inLanguage: language,
      },
    },
    evidence: [
      {
        type: ['Evidence'],
        name: `${name}, version ${certification.moduleVersion}`,
        description: how.text,
        genre: how.genre,
      },
    ],
    credentialSchema: [{ id: ACHIEVEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
};
