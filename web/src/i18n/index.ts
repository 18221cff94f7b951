import { en } from './en.ts';
import { fill, type MessageValues } from './fill.ts';
import { type Dictionary, fr } from './fr.ts';
import type { Locale } from './locales.ts';

export { fill, type MessageValues } from './fill.ts';
export { defaultLocale, type Locale, locales, otherLocale } from './locales.ts';
export {
  type HomeSection,
  homeSectionPath,
  homeSections,
  localizedPath,
  type RouteName,
  routes,
} from './routes.ts';
export type { Dictionary };
export type MessageKey = keyof Dictionary;

const dictionaries: Record<Locale, Dictionary> = { fr, en };

/** The translator of a language: `const tr = t('fr'); tr('nav.home')`. */
export const t =
  (locale: Locale) =>
  (key: MessageKey, values?: MessageValues): string =>
    fill(dictionaries[locale][key], values);
