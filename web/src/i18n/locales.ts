/** The site's languages. French is the default and lives at the root; English lives under `/en/`. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

/** The other language, for the switcher (the site has exactly two). */
export const otherLocale = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');
