/**
 * Server side (Astro front matter) of `strings.ts`: the dictionary templates whose keys start
 * with one of `prefixes`, unfilled, as the JSON of a `data-strings` attribute.
 */
import { fr } from '../../i18n/fr.ts';
import { type Locale, type MessageKey, t } from '../../i18n/index.ts';

export const stringsFor = (locale: Locale, prefixes: readonly string[]): string => {
  // Filling with no values leaves every {placeholder} in place for the island to fill.
  const tr = t(locale);
  const keys = (Object.keys(fr) as MessageKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, tr(key)])));
};
