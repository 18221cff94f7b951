/**
 * The strings of an island, in the page's language. The page renders the templates the island
 * needs as one JSON `data-strings` attribute (`pageStrings` in `page-strings.ts`), so the scripts
 * hold no text of their own and never load the dictionaries.
 */
import { fill, type MessageValues } from '../../i18n/fill.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const stringsOf = (element: HTMLElement): Translate => {
  const strings = JSON.parse(element.dataset.strings ?? '{}') as Partial<Record<MessageKey, string>>;
  return (key, values) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`The string ${key} is missing from data-strings`);
    return fill(template, values);
  };
};

/** The language of the current document, as the layout declares it on <html>. */
export const pageLocale = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'fr');

/** The `.one` / `.other` form of a `{count}` message (e.g. `media.mine.pending`), by the page's plural rules. */
export const plural = (s: Translate, key: string, count: number, values: MessageValues = {}): string => {
  const form = new Intl.PluralRules(pageLocale()).select(count) === 'one' ? 'one' : 'other';
  return s(`${key}.${form}` as MessageKey, { count, ...values });
};

/**
 * A message whose `{placeholders}` are nodes (a link, a `<time>`, a `<cite>`), kept as nodes so
 * that user text is never parsed as HTML.
 */
export const fillNodes = (template: string, values: Record<string, string | Node>): (string | Node)[] =>
  template.split(/(\{\w+\})/).flatMap((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined) return part ? [part] : [];
    const value = values[name];
    return value === undefined ? [part] : [value];
  });
