/**
 * The strings of a project island, rendered by the server in the page's language as one JSON data
 * attribute (`data-strings`), so the scripts hold no text of their own.
 */
import { fill } from '../../i18n/fill.ts';
import type { MessageKey } from '../../i18n/index.ts';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const stringsOf = (element: HTMLElement): Translate => {
  const strings = JSON.parse(element.dataset.strings ?? '{}') as Partial<Record<MessageKey, string>>;
  return (key, values) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`The string ${key} is missing from data-strings`);
    return fill(template, values);
  };
};

/** The `.one` / `.other` form of a counted message, by the page language's plural rules. */
export const plural = (s: Translate, key: string, count: number): string => {
  const form = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? 'one' : 'other';
  return s(`${key}.${form}` as MessageKey, { count });
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
