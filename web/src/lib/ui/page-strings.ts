/**
 * Server side (Astro front matter only) of `strings.ts`: the dictionary templates an island needs,
 * picked by key prefix, unfilled, as the JSON its `data-strings` attribute carries.
 */
import { fr } from '../../i18n/fr.ts';
import { type Locale, type MessageKey, t } from '../../i18n/index.ts';

export const pageStrings = (locale: Locale, prefixes: readonly string[]): string => {
  // Filling with no values leaves every {placeholder} in place for the island to fill.
  const tr = t(locale);
  const keys = (Object.keys(fr) as MessageKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, tr(key)])));
};
