/**
 * Server side (Astro frontmatter only): the dictionary entries an island needs, picked by key
 * prefix, as the JSON its `data-strings` attribute carries.
 */

import { fr } from '../../i18n/fr.ts';
import { type Locale, type MessageKey, t } from '../../i18n/index.ts';

export const pageStrings = (locale: Locale, prefixes: readonly string[]): string => {
  const tr = t(locale);
  const keys = (Object.keys(fr) as MessageKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, tr(key)])));
};
