import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { transact } from '../../../functions/platform/transact.ts';
import { findModule } from '../../../functions/training/catalogue.ts';
import { type CertificationRecord, newCertification } from '../../../functions/training/certification-rules.ts';
import { certifyItems, revokeItems } from '../../../functions/training/store/certifications.ts';

/** The module the badge tests certify people in (its own folder: the tests do not depend on the demo content). */
export const BADGE_MODULE = 'prise-de-son-test';

const MANIFEST = `title: { fr: Prise de son (test), en: Sound recording (test) }
summary: { fr: Enregistrer dehors sans vent, en: Recording outdoors without wind }
version: 2.1.0
authors: [{ name: Ville de Brest }]
unlocks: [audio-recorder]
validityMonths: 24
lessons:
  - { slug: niveaux, title: { fr: Niveaux, en: Levels } }
`;

/**
 * Points the catalogue at a folder holding the badge tests' module; returns how to put the
 * previous folder back (the variable is the process's, shared with the next test file).
 */
export const useBadgeModuleContent = (): (() => void) => {
  const root = mkdtempSync(join(tmpdir(), 'training-badges-'));
  const folder = join(root, BADGE_MODULE);
  mkdirSync(join(folder, 'lessons'), { recursive: true });
  writeFileSync(join(folder, 'module.yaml'), MANIFEST);
  writeFileSync(join(folder, 'lessons', 'niveaux.fr.md'), '# Niveaux\n\nDu texte.');
  writeFileSync(join(folder, 'lessons', 'niveaux.en.md'), '# Levels\n\nText.');
  const previous = process.env.TRAINING_CONTENT_DIR;
  process.env.TRAINING_CONTENT_DIR = root;
  return () => {
    if (previous === undefined) delete process.env.TRAINING_CONTENT_DIR;
    else process.env.TRAINING_CONTENT_DIR = previous;
  };
};

/** A certification of the badge module written as training writes it (the record and its audit entry). */
export const certify = async (
  deps: AppDeps,
  userId: string,
  options: { earnedAt?: Date; by?: string } = {},
): Promise<CertificationRecord> => {
  const module = findModule(BADGE_MODULE);
  if (!module) throw new Error(`The module ${BADGE_MODULE} is not in the catalogue (useBadgeModuleContent first)`);
  const now = options.earnedAt ?? deps.clock.now();
  const record = newCertification({ userId, module, how: 'quiz', now });
  const entry = { userId, moduleId: module.id, id: crypto.randomUUID(), at: now.toISOString(), act: 'earned' as const };
  if (!(await transact(deps, certifyItems(deps, record, { ...entry, how: 'quiz', by: options.by ?? userId })))) {
    throw new Error('certification refused');
  }
  return record;
};

export const revoke = async (deps: AppDeps, userId: string, by: string, reason: string) => {
  const entry = {
    userId,
    moduleId: BADGE_MODULE,
    id: crypto.randomUUID(),
    at: deps.clock.now().toISOString(),
    act: 'revoked' as const,
    by,
    reason,
  };
  if (!(await transact(deps, revokeItems(deps, entry)))) throw new Error('revocation refused');
};
