import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../infra/constructs/communs-function.ts';
import { EXAMPLE_SETTINGS_FILE } from '../../infra/stacks/settings.ts';

/** The example settings committed with Communs (what `npm run synth` reads on a fresh clone). */
export const EXAMPLE_SETTINGS: { publicUrl: string; mailFrom: string; adminEmails: string } = JSON.parse(
  readFileSync(join(REPOSITORY_ROOT, EXAMPLE_SETTINGS_FILE), 'utf8'),
);

/** A city that filled in its settings file. */
export const CITY_SETTINGS = {
  mailFrom: 'Mairie de Brest <communs@brest.fr>',
  adminEmails: 'ana@brest.fr, bo@brest.fr',
  timeZone: 'Europe/Paris',
};

export const CITY_DOMAIN = {
  domainName: 'communs.brest.fr',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f3b0d2c-0000-4000-8000-000000000000',
};

/**
 * A settings file with these values, as a city writes it; its path goes in the `settingsFile`
 * context value (`-c settingsFile=…`, which the CLI can set).
 */
export const settingsFile = (values: Record<string, unknown>): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'communs-settings-')), 'communs.settings.json');
  writeFileSync(path, JSON.stringify(values, null, 2));
  return path;
};
