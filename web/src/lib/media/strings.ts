/**
 * The strings of a media island, in the page's language: the page renders the templates it needs
 * as one JSON `data-strings` attribute (see `page-strings.ts`), so the island holds no text of its
 * own and never loads the dictionaries.
 */
import { fill, type MessageValues } from '../../i18n/fill.ts';
import type { MessageKey } from '../../i18n/index.ts';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const readStrings = (root: HTMLElement): Translate => {
  const templates = JSON.parse(root.dataset.strings ?? '{}') as Partial<Record<MessageKey, string>>;
  return (key, values) => {
    const template = templates[key];
    if (template === undefined) throw new Error(`The string ${key} is missing from data-strings`);
    return fill(template, values);
  };
};

/** The page's language, as the layout declares it on <html>. */
export const pageLocale = (): 'fr' | 'en' => (document.documentElement.lang === 'en' ? 'en' : 'fr');

/** A `{count}` message with `.one` and `.other` forms, e.g. `media.mine.pending.one`. */
export const plural = (tr: Translate, base: string, count: number, values: MessageValues = {}): string => {
  const form = new Intl.PluralRules(pageLocale()).select(count) === 'one' ? 'one' : 'other';
  return tr(`${base}.${form}` as MessageKey, { count, ...values });
};
