/**
 * The Creative Commons licences as the pages show them: the API's own data (short name, deed)
 * with a plain-language title and helper from the dictionary. Pure, so islands may bundle it.
 */
import { LICENCE_IDS, LICENCES, type LicenceId } from '../../../../functions/licences/licences.ts';
import type { MessageKey } from '../../i18n/index.ts';

export { moreOpenLicences } from '../../../../functions/licences/licence-rules.ts';
export { LICENCE_IDS, LICENCES, type LicenceId };

/** The dictionary keys of each licence's title and one-sentence helper. */
export const LICENCE_TEXT: Record<LicenceId, { title: MessageKey; help: MessageKey }> = {
  'CC0-1.0': { title: 'media.licence.cc0.title', help: 'media.licence.cc0.help' },
  'CC-BY-4.0': { title: 'media.licence.by.title', help: 'media.licence.by.help' },
  'CC-BY-SA-4.0': { title: 'media.licence.bySa.title', help: 'media.licence.bySa.help' },
  'CC-BY-NC-4.0': { title: 'media.licence.byNc.title', help: 'media.licence.byNc.help' },
  'CC-BY-NC-SA-4.0': { title: 'media.licence.byNcSa.title', help: 'media.licence.byNcSa.help' },
  'CC-BY-ND-4.0': { title: 'media.licence.byNd.title', help: 'media.licence.byNd.help' },
  'CC-BY-NC-ND-4.0': { title: 'media.licence.byNcNd.title', help: 'media.licence.byNcNd.help' },
};

export const isLicenceId = (value: string): value is LicenceId => (LICENCE_IDS as readonly string[]).includes(value);
