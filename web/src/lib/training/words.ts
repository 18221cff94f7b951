/**
 * Server side (the training views): the words for a module's facts that depend on its data.
 */
import { fr } from '../../i18n/fr.ts';
import { type Locale, type MessageKey, t } from '../../i18n/index.ts';

const isMessageKey = (key: string): key is MessageKey => key in fr;

/** An equipment category in words; one the dictionary does not name yet is shown by its slug, not hidden. */
export const categoryLabel = (locale: Locale, slug: string): string => {
  const key = `training.category.${slug}`;
  return isMessageKey(key) ? t(locale)(key) : slug;
};

/** The equipment a module opens, as one phrase ("des enregistreurs audio et des caméras vidéo"). */
export const categoriesPhrase = (locale: Locale, slugs: readonly string[]): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(slugs.map((slug) => categoryLabel(locale, slug)));

/** "24 mois", "1 month". */
export const validityPhrase = (locale: Locale, months: number): string =>
  t(locale)(
    new Intl.PluralRules(locale).select(months) === 'one'
      ? 'training.facts.validity.one'
      : 'training.facts.validity.other',
    { count: months },
  );
